/**
 * Shared wire-value schemas of the VTJ data groups (muutosrajapinta spec §5 and the enumerations of §6).
 * Field names and enum values are DVV's Finnish wire names, kept literally.
 */
import Type from 'typebox';

// ---------------------------------------------------------------------------------------------
// Enumerations. Closed where the spec's list (fixtures plus the JS client) looks complete; open
// (any non-empty string, known values listed for generators and docs) where only one or two values
// have ever been seen and DVV certainly has more.

export const TARKKUUS_VALUES = ['PAIVA', 'KUUKAUSI', 'VUOSI', 'EI_TIEDOSSA'] as const;
export const MUUTOSATTRIBUUTTI_VALUES = [
  'LISATTY',
  'MUUTETTU',
  'POISTETTU',
  'KORJATTAVA',
  'KORJATTU',
  'LISATIETO',
] as const;
export const SUKUPUOLI_VALUES = ['MIES', 'NAINEN', 'PUUTTUU'] as const;
export const SIVIILISAATY_VALUES = [
  'NAIMATON',
  'AVIOLIITOSSA',
  'ERONNUT',
  'EI_TIETOA',
  'REKISTEROIDYSSA_PARISUHTEESSA',
  'PUUTTUU',
  'ASUMUSEROSSA',
  'LESKI',
  'ERONNUT_REKISTEROIDYSTA_PARISUHTEESTA',
  'LESKI_REKISTEROIDYN_PARISUHTEEN_JALKEEN',
] as const;
export const USKONTOKUNTALAJI_VALUES = [
  'EI_USKONTOKUNTAA',
  'EV_LUT',
  'ORT',
  'REK_USK',
  'SAKSALAINEN_SRK',
  'OLAUS_PETRI',
] as const;
export const VOIMASSAOLO_VALUES = ['AKTIIVI', 'PASSIIVI'] as const;
export const ISA_AITI_VALUES = ['AITI', 'ISA', 'ADOPTIOAITI', 'ADOPTIOISA'] as const;
export const VANHEMMUUSNIMIKE_VALUES = ['AITI', 'ISA'] as const;
export const ROOLI_VALUES = ['VANHEMPI', 'LAPSI'] as const;
export const HUOLTAJAN_LAJI_VALUES = ['LAKISAATEINEN_HUOLTAJA', 'MAARATTY_HUOLTAJA'] as const;
export const HUOLTAJAN_ROOLI_VALUES = [
  'AITI',
  'ISA',
  'TUNNUSTANUT_AITI',
  'ADOPTIOAITI',
  'ADOPTIOISA',
  'MUU_HUOLTAJA',
] as const;
export const NIMILAJI_VALUES = [
  'NYKYINEN_ETUNIMI',
  'EDELLINEN_ETUNIMI',
  'NYKYINEN_SUKUNIMI',
  'EDELLINEN_SUKUNIMI',
  'NYKYINEN_KUTSUMANIMI',
  'EDELLINEN_KUTSUMANIMI',
  'NYKYINEN_VALINIMI',
  'PATRONYYMI',
  'VIIMEKSI_NAIMATTOMANA_OLLESSA_OLLUT_SUKUNIMI',
] as const;
export const VIHKITAPA_VALUES = [
  'KIRKOLLINEN_VIHKIMINEN',
  'SIVIILIVIHKIMINEN',
  'VIHKITAPA_EI_TIEDOSSA',
  'REKISTEROINTI',
  'PARISUHDE_AVIOLIITOKSI',
  'AVIOLIITTO_PARISUHTEEKSI',
] as const;
export const POISSAOLO_VALUES = [
  'KOTIPAIKKA_POHJOISMAISSA',
  'KOTIPAIKKA_MUUALLA_KUIN_POHJOISMAISSA',
] as const;

// Open enumerations: only these values have been observed.
export const LAPSILAATU_KNOWN = [
  'AITIYS_VAHVISTETTU',
  'AU_LAPSI',
  'AVIOLAPSI',
  'SAATU_ADOPTIOLAPSEKSI',
] as const;
export const NIMENMUUTOSTAPA_KNOWN = [
  'ETUNIMEN_MUUTOS_HAKEMUKSELLA',
  'KUTSUMANIMEN_MUUTOS',
  'NIMENMUUTOS_ULKOMAILLA',
] as const;
export const ASUMINEN_KNOWN = ['AIDIN_LUONA'] as const;
export const OIKEUS_KNOWN = ['HUOLLON_JAKO_KUVATTU_SISALTOTEKSTISSA'] as const;
export const VIRALLISTAMISTAPA_KNOWN = ['REKISTEROINTI'] as const;
export const VTJ_VOIMASSAOLO_KNOWN = ['PARAS_TIEDOSSA_OLEVA'] as const;
export const TIETOLAHDE_KNOWN = ['HENKILO_ITSE'] as const;

function openEnum(known: readonly string[], description: string) {
  return Type.String({ minLength: 1, description, examples: [...known] });
}

export const Tarkkuus = Type.Enum(TARKKUUS_VALUES);
export type Tarkkuus = Type.Static<typeof Tarkkuus>;
export const Muutosattribuutti = Type.Enum(MUUTOSATTRIBUUTTI_VALUES);
export type Muutosattribuutti = Type.Static<typeof Muutosattribuutti>;
export const Sukupuoli = Type.Enum(SUKUPUOLI_VALUES);
export const Siviilisaaty = Type.Enum(SIVIILISAATY_VALUES);
export const Uskontokuntalaji = Type.Enum(USKONTOKUNTALAJI_VALUES);
export const Voimassaolo = Type.Enum(VOIMASSAOLO_VALUES);
export const IsaAiti = Type.Enum(ISA_AITI_VALUES);
export const Vanhemmuusnimike = Type.Enum(VANHEMMUUSNIMIKE_VALUES);
export const Rooli = Type.Enum(ROOLI_VALUES);
export const HuoltajanLaji = Type.Enum(HUOLTAJAN_LAJI_VALUES);
export const HuoltajanRooli = Type.Enum(HUOLTAJAN_ROOLI_VALUES);
export const Nimilaji = Type.Enum(NIMILAJI_VALUES);
export const Vihkitapa = Type.Enum(VIHKITAPA_VALUES);
export const Poissaolo = Type.Enum(POISSAOLO_VALUES);
export const Lapsilaatu = openEnum(LAPSILAATU_KNOWN, 'lapsilaatu (kind of parentage)');
export const Nimenmuutostapa = openEnum(NIMENMUUTOSTAPA_KNOWN, 'nimenmuutostapa (how the name changed)');
export const Asuminen = openEnum(ASUMINEN_KNOWN, 'asuminen (with whom a child in custody lives)');
export const Oikeus = openEnum(OIKEUS_KNOWN, 'oikeus (a right or duty in a custody arrangement)');
export const Virallistamistapa = openEnum(VIRALLISTAMISTAPA_KNOWN, 'virallistamistapa');
export const VtjVoimassaolo = openEnum(VTJ_VOIMASSAOLO_KNOWN, 'vtjVoimassaolo');
export const Tietolahde = openEnum(TIETOLAHDE_KNOWN, 'tietolahde (source of the information)');

// ---------------------------------------------------------------------------------------------
// Codes and atoms.

/** Municipality number, three digits with leading zeros ("049", "091"). */
export const Kuntakoodi = Type.String({ pattern: '^[0-9]{3}$' });
/** ISO 3166 numeric country code, three digits; "998" = no code, then a plain-text name is given. */
export const Valtiokoodi = Type.String({ pattern: '^[0-9]{3}$' });
/**
 * Citizenship code. DVV sends ISO 3166 numeric like valtiokoodi, but OPH's hand-edited
 * perustietoTurvakielto.json has "fi"/"sv", and the catalogue accepts every stored fixture, so this
 * one is only a non-empty string.
 */
export const Kansalaisuuskoodi = Type.String({ minLength: 1 });
/** ISO 639-1 code, or DVV's two-digit special codes ("98" = sign language). */
export const Kielikoodi = Type.String({ pattern: '^([a-z]{2}|[0-9]{2})$' });
/** ISO 639-2 code ("fin", "swe", "fse", "mis"). */
export const KielikoodiIso6392 = Type.String({ pattern: '^[a-z]{3}$' });
/** Finnish personal identity code, shape only (century signs + - A–F U–Y); checksum is not checked here. */
export const Henkilotunnus = Type.String({ pattern: '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' });
/** Non-negative integer (osoitenumero, lajikoodi, uskontokunta, viranomaisnumero, …). */
export const NonNegativeInteger = Type.Integer({ minimum: 0 });

// ---------------------------------------------------------------------------------------------
// Composite values.

/**
 * Date object. `arvo` is always a full ISO date, even when `tarkkuus` is coarser
 * (sandbox: {"arvo":"1965-11-01","tarkkuus":"KUUKAUSI"}); eVaka crashes on a partial date.
 */
export const VtjDate = Type.Object(
  {
    arvo: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' }),
    tarkkuus: Tarkkuus,
  },
  { additionalProperties: false },
);
export type VtjDate = Type.Static<typeof VtjDate>;

/** Finnish/Swedish text (katunimi, postitoimipaikka, postiosoite); `sv` may be missing. */
export const BilingualText = Type.Object(
  { fi: Type.String(), sv: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export type BilingualText = Type.Static<typeof BilingualText>;

const personStubProperties = {
  henkilotunnus: Type.Optional(Henkilotunnus),
  etunimet: Type.Optional(Type.String()),
  sukunimi: Type.Optional(Type.String()),
  etunimetUTF8: Type.Optional(Type.String()),
  sukunimiUTF8: Type.Optional(Type.String()),
  syntymapv: Type.Optional(VtjDate),
  sukupuoli: Type.Optional(Sukupuoli),
};

/**
 * Another person referred to by a group (huoltaja, huollettava, vanhempi, puoliso, osapuoli, henkilo, …).
 * Every field may be missing: a foreign guardian has no hetu, a child stub may have no names.
 */
export const PersonStub = Type.Object(personStubProperties, { additionalProperties: false });
export type PersonStub = Type.Static<typeof PersonStub>;

/** The `lapsi` stub, which can also carry citizenship and a note on the names. */
export const ChildStub = Type.Object(
  {
    ...personStubProperties,
    kansalaisuuskoodi: Type.Optional(Kansalaisuuskoodi),
    kansalaisuusnimi: Type.Optional(Type.String()),
    nimienLisatieto: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ChildStub = Type.Static<typeof ChildStub>;

/** One right or duty in a custody arrangement (HUOLTAJA*, HUOLLETTAVA* `oikeudet` and change lists). */
export const HuoltoOikeus = Type.Object(
  {
    oikeus: Type.Optional(Oikeus),
    oikeudenAlkupv: Type.Optional(VtjDate),
    oikeudenLoppupv: Type.Optional(VtjDate),
    sisalto: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type HuoltoOikeus = Type.Static<typeof HuoltoOikeus>;

/** One citizenship in KANSALAISUUS lists; kansalaisuusnimi only with code 998, menetyspv when lost. */
export const KansalaisuusTieto = Type.Object(
  {
    kansalaisuuskoodi: Type.Optional(Kansalaisuuskoodi),
    kansalaisuusnimi: Type.Optional(Type.String()),
    voimassaolo: Type.Optional(Voimassaolo),
    saamispv: Type.Optional(VtjDate),
    menetyspv: Type.Optional(VtjDate),
  },
  { additionalProperties: false },
);
export type KansalaisuusTieto = Type.Static<typeof KansalaisuusTieto>;

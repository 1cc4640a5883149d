/**
 * Builders of data-group records in wire form (the field names of specs/muutosrajapinta.md §6), shared by
 * the population generator and the life-event simulator so that both write the same shapes.
 */
export type Sex = 'MIES' | 'NAINEN';
export interface VtjDate {
  arvo: string;
  tarkkuus: 'PAIVA' | 'KUUKAUSI' | 'VUOSI' | 'EI_TIEDOSSA';
}
/** A data-group record: `tietoryhma` plus its fields. */
export type GroupRecord = { tietoryhma: string } & Record<string, unknown>;

export const day = (iso: string): VtjDate => ({ arvo: iso, tarkkuus: 'PAIVA' });

export interface PersonName {
  hetu: string;
  firstNames: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
}

/** The person stub used inside family and custody groups (spec §5). */
export function stub(p: PersonName) {
  return {
    henkilotunnus: p.hetu,
    etunimet: p.firstNames,
    sukunimi: p.lastName,
    etunimetUTF8: p.firstNames,
    sukunimiUTF8: p.lastName,
    syntymapv: day(p.birthDate),
    sukupuoli: p.sex,
  };
}

export function nameRecords(p: PersonName, since?: string): GroupRecord[] {
  return [
    {
      tietoryhma: 'HENKILON_NIMI',
      etunimi: p.firstNames,
      sukunimi: p.lastName,
      etunimiUTF8: p.firstNames,
      sukunimiUTF8: p.lastName,
      ...(since ? { alkupv: day(since) } : {}),
    },
  ];
}

/** NIMENMUUTOS and its _LAAJA twin for one name (current or previous). */
export function nameChangeRecords(
  kind: 'ETUNIMI' | 'SUKUNIMI' | 'KUTSUMANIMI',
  name: string,
  current: boolean,
  from: string | undefined,
  until: string | undefined,
  method: 'ETUNIMEN_MUUTOS_HAKEMUKSELLA' | 'KUTSUMANIMEN_MUUTOS' | undefined,
): GroupRecord[] {
  const base = {
    nimilaji: `${current ? 'NYKYINEN' : 'EDELLINEN'}_${kind}`,
    nimi: name,
    nimiUTF8: name,
    ...(from ? { alkupv: day(from) } : {}),
    ...(until ? { loppupv: day(until) } : {}),
  };
  return [
    { tietoryhma: 'NIMENMUUTOS', ...base },
    { tietoryhma: 'NIMENMUUTOS_LAAJA', ...base, ...(method ? { nimenmuutostapa: method } : {}) },
  ];
}

export interface DomesticAddress {
  municipality: string;
  streetFi: string;
  /** Swedish street name, given in bilingual and Swedish-speaking municipalities. */
  streetSv: string | undefined;
  number: string;
  staircase: string | undefined;
  apartment: string | undefined;
  postcode: string;
  postOfficeFi: string;
  postOfficeSv: string;
  buildingId: string;
  since: string;
}

/** Residence identifier: building id, address number, staircase, apartment and division letter (spec §5). */
export function residenceId(a: DomesticAddress): string {
  return `${a.buildingId}1${a.staircase ?? ' '}${a.apartment ?? '   '} `;
}

export function addressRecords(a: DomesticAddress, until?: string): GroupRecord[] {
  const period = { alkupv: day(a.since), ...(until ? { loppupv: day(until) } : {}) };
  const flat = {
    ...(a.staircase ? { huoneistokirjain: a.staircase } : {}),
    ...(a.apartment ? { huoneistonumero: a.apartment } : {}),
  };
  return [
    {
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
      katunimi: a.streetSv ? { fi: a.streetFi, sv: a.streetSv } : { fi: a.streetFi },
      katunumero: a.number,
      ...flat,
      postinumero: a.postcode,
      postitoimipaikka: { fi: a.postOfficeFi, sv: a.postOfficeSv },
      rakennustunnus: a.buildingId,
      osoitenumero: 1,
      kuntakoodi: a.municipality,
      ...period,
    },
    {
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
      rakennustunnus: a.buildingId,
      osoitenumero: 1,
      ...flat,
      kuntakoodi: a.municipality,
      asuinpaikantunnus: residenceId(a),
      ...period,
    },
  ];
}

export function homeMunicipalityRecords(municipality: string, movedIn: string): GroupRecord[] {
  const value = { kuntakoodi: municipality, kuntaanMuuttopv: day(movedIn) };
  return [
    { tietoryhma: 'KOTIKUNTA', ...value },
    { tietoryhma: 'VAESTOKIRJANPITOKUNTA', ...value },
  ];
}

export function previousMunicipalityRecord(municipality: string, movedIn: string, movedOut: string): GroupRecord {
  return {
    tietoryhma: 'EDELLINEN_KOTIKUNTA',
    kuntakoodi: municipality,
    kuntaanMuuttopv: day(movedIn),
    kunnastaPoisMuuttopv: day(movedOut),
  };
}

export function foreignAddressRecords(country: string, street: string, city: string, since: string): GroupRecord[] {
  return [
    {
      tietoryhma: 'VAKINAINEN_ULKOMAINEN_OSOITE',
      lahiosoite: street,
      paikkakunta: city,
      valtiokoodi: country,
      alkupv: day(since),
    },
    { tietoryhma: 'VAKINAINEN_ULKOMAILLA_ASUMINEN', valtiokoodi: country, alkupv: day(since) },
  ];
}

export function turvakieltoRecord(active: boolean, until: string | undefined): GroupRecord {
  return {
    tietoryhma: 'TURVAKIELTO',
    turvakieltoAktiivinen: active,
    ...(until ? { turvaLoppuPv: day(until) } : {}),
  };
}

export function deathRecord(date: string | undefined): GroupRecord {
  return date ? { tietoryhma: 'KUOLINPAIVA', kuollut: true, kuolinpv: day(date) } : { tietoryhma: 'KUOLINPAIVA', kuollut: false };
}

export type MaritalStatus = 'NAIMATON' | 'AVIOLIITOSSA' | 'ERONNUT' | 'LESKI';

export function maritalStatusRecord(status: MaritalStatus): GroupRecord {
  return { tietoryhma: 'SIVIILISAATY', siviilisaaty: status };
}

export function marriageRecord(spouse: PersonName, date: string, active: boolean, ceremony: string): GroupRecord {
  return {
    tietoryhma: 'AVIOLIITTO',
    puoliso: stub(spouse),
    voimassaolo: active ? 'AKTIIVI' : 'PASSIIVI',
    vihkipv: day(date),
    vihkitapa: ceremony,
    jarjestysnumero: 1,
  };
}

export type ParentRole = 'AITI' | 'ISA';

/** Parenthood, both ways: VANHEMPI(_SUPPEA) on the child, LAPSI(_SUPPEA) on the parent. */
export function parentRecords(parent: PersonName, role: ParentRole, since: string): GroupRecord[] {
  const common = { vanhemmuusnimike: role, alkupv: day(since), jarjestyskirjain: 'A' };
  const lapsilaatu = role === 'AITI' ? 'AITIYS_VAHVISTETTU' : 'AVIOLAPSI';
  return [
    { tietoryhma: 'VANHEMPI', vanhempi: stub(parent), isaAiti: role, lapsilaatu, ...common },
    { tietoryhma: 'VANHEMPI_SUPPEA', vanhempi: stub(parent), ...common },
  ];
}

export function childRecords(child: PersonName, role: ParentRole, since: string): GroupRecord[] {
  const common = { vanhemmuusnimike: role, alkupv: day(since), jarjestyskirjain: 'A' };
  const lapsilaatu = role === 'AITI' ? 'AITIYS_VAHVISTETTU' : 'AVIOLAPSI';
  return [
    { tietoryhma: 'LAPSI', lapsi: stub(child), isaAiti: role, lapsilaatu, ...common },
    { tietoryhma: 'LAPSI_SUPPEA', lapsi: stub(child), ...common },
  ];
}

/** The last day of custody: the day before the child turns 18. */
export function custodyEnd(childBirthDate: string): string {
  const [y, m, d] = childBirthDate.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 18, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

function custodyCommon(role: string, childBirthDate: string, since: string, until?: string) {
  return {
    huoltajanLaji: 'LAKISAATEINEN_HUOLTAJA',
    huoltajanRooli: role,
    huoltosuhteenAlkupv: day(since),
    huoltosuhteenLoppupv: day(until ?? custodyEnd(childBirthDate)),
  };
}

/** Custody on the child's side: HUOLTAJA, HUOLTAJA_SUPPEA and HUOLTAJA_RAJOITETTU. */
export function guardianRecords(guardian: PersonName, role: string, child: PersonName, since: string, until?: string) {
  const { huoltajanLaji, ...restricted } = custodyCommon(role, child.birthDate, since, until);
  return [
    { tietoryhma: 'HUOLTAJA', huoltaja: stub(guardian), huoltajanLaji, ...restricted, oikeudet: [] },
    { tietoryhma: 'HUOLTAJA_SUPPEA', huoltaja: stub(guardian), huoltajanLaji, ...restricted, oikeudet: [] },
    { tietoryhma: 'HUOLTAJA_RAJOITETTU', huoltaja: stub(guardian), ...restricted },
  ] satisfies GroupRecord[];
}

/** Custody on the guardian's side: HUOLLETTAVA, HUOLLETTAVA_SUPPEA and HUOLLETTAVA_RAJOITETTU. */
export function wardRecords(child: PersonName, role: string, since: string, until?: string) {
  const { huoltajanLaji, ...restricted } = custodyCommon(role, child.birthDate, since, until);
  return [
    { tietoryhma: 'HUOLLETTAVA', huollettava: stub(child), huoltajanLaji, ...restricted, oikeudet: [] },
    { tietoryhma: 'HUOLLETTAVA_SUPPEA', huollettava: stub(child), huoltajanLaji, ...restricted, oikeudet: [] },
    { tietoryhma: 'HUOLLETTAVA_RAJOITETTU', huollettava: stub(child), ...restricted },
  ] satisfies GroupRecord[];
}

export function languageRecord(code: string, iso6392: string, since: string): GroupRecord {
  return { tietoryhma: 'AIDINKIELI', kielikoodi: code, kielikoodiISO6392: iso6392, alkupv: day(since) };
}

export function nationalityRecord(codes: readonly { code: string; since: string }[]): GroupRecord {
  return {
    tietoryhma: 'KANSALAISUUS',
    henkilonKansalaisuudet: codes.map((c) => ({
      kansalaisuuskoodi: c.code,
      voimassaolo: 'AKTIIVI',
      saamispv: day(c.since),
    })),
  };
}

export function hetuCorrectionRecords(oldHetu: string, newHetu: string, earlier: readonly string[]): GroupRecord[] {
  return [
    {
      tietoryhma: 'HENKILOTUNNUS_KORJAUS',
      voimassaolo: 'AKTIIVI',
      muutettuHenkilotunnus: newHetu,
      aktiivinenHenkilotunnus: newHetu,
      edellisetHenkilotunnukset: [...earlier, oldHetu],
    },
    {
      tietoryhma: 'HENKILOTUNNUS_KORJAUS',
      voimassaolo: 'PASSIIVI',
      muutettuHenkilotunnus: oldHetu,
      aktiivinenHenkilotunnus: newHetu,
      edellisetHenkilotunnukset: [...earlier],
    },
  ];
}

/** Replace every record of the given groups with `next` (order: the untouched records first, then `next`). */
export function replaceGroups(records: readonly GroupRecord[], groups: readonly string[], next: readonly GroupRecord[]) {
  return [...records.filter((r) => !groups.includes(r.tietoryhma)), ...next];
}

export function recordsOf(records: readonly GroupRecord[], group: string): GroupRecord[] {
  return records.filter((r) => r.tietoryhma === group);
}

/**
 * Builders of data-group records in wire form (the field names of specs/muutosrajapinta.md §6), shared by
 * the population generator and the life-event simulator so that both write the same shapes.
 */
import { addDays, addYears } from './dates.js';

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

/** The person stub used inside family and custody groups (spec §5); the …UTF8 twins are added when read. */
export function stub(p: PersonName) {
  return {
    henkilotunnus: p.hetu,
    etunimet: p.firstNames,
    sukunimi: p.lastName,
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
      ...(since ? { alkupv: day(since) } : {}),
    },
  ];
}

/** One name (current or previous), stored as NIMENMUUTOS_LAAJA; NIMENMUUTOS is derived from it. */
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
    ...(from ? { alkupv: day(from) } : {}),
    ...(until ? { loppupv: day(until) } : {}),
  };
  return [{ tietoryhma: 'NIMENMUUTOS_LAAJA', ...base, ...(method ? { nimenmuutostapa: method } : {}) }];
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

/** The permanent address; VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS is derived from it (derived.ts). */
export function addressRecords(a: DomesticAddress, until?: string): GroupRecord[] {
  return [
    {
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
      katunimi: a.streetSv ? { fi: a.streetFi, sv: a.streetSv } : { fi: a.streetFi },
      katunumero: a.number,
      ...(a.staircase ? { huoneistokirjain: a.staircase } : {}),
      ...(a.apartment ? { huoneistonumero: a.apartment } : {}),
      postinumero: a.postcode,
      postitoimipaikka: { fi: a.postOfficeFi, sv: a.postOfficeSv },
      rakennustunnus: a.buildingId,
      osoitenumero: 1,
      kuntakoodi: a.municipality,
      alkupv: day(a.since),
      ...(until ? { loppupv: day(until) } : {}),
    },
  ];
}

/** The home municipality; VAESTOKIRJANPITOKUNTA is derived from it. */
export function homeMunicipalityRecords(municipality: string, movedIn: string): GroupRecord[] {
  return [{ tietoryhma: 'KOTIKUNTA', kuntakoodi: municipality, kuntaanMuuttopv: day(movedIn) }];
}

export function previousMunicipalityRecord(
  municipality: string,
  movedIn: string,
  movedOut: string,
): GroupRecord {
  return {
    tietoryhma: 'EDELLINEN_KOTIKUNTA',
    kuntakoodi: municipality,
    kuntaanMuuttopv: day(movedIn),
    kunnastaPoisMuuttopv: day(movedOut),
  };
}

export function foreignAddressRecords(
  country: string,
  street: string,
  city: string,
  since: string,
): GroupRecord[] {
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
  return date
    ? { tietoryhma: 'KUOLINPAIVA', kuollut: true, kuolinpv: day(date) }
    : { tietoryhma: 'KUOLINPAIVA', kuollut: false };
}

export type MaritalStatus = 'NAIMATON' | 'AVIOLIITOSSA' | 'ERONNUT' | 'LESKI';

export function maritalStatusRecord(status: MaritalStatus): GroupRecord {
  return { tietoryhma: 'SIVIILISAATY', siviilisaaty: status };
}

export function marriageRecord(
  spouse: PersonName,
  date: string,
  active: boolean,
  ceremony: string,
): GroupRecord {
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

/** Parenthood on the child's side (VANHEMPI; VANHEMPI_SUPPEA is derived). */
export function parentRecords(parent: PersonName, role: ParentRole, since: string): GroupRecord[] {
  const lapsilaatu = role === 'AITI' ? 'AITIYS_VAHVISTETTU' : 'AVIOLAPSI';
  return [
    {
      tietoryhma: 'VANHEMPI',
      vanhempi: stub(parent),
      isaAiti: role,
      vanhemmuusnimike: role,
      lapsilaatu,
      alkupv: day(since),
      jarjestyskirjain: 'A',
    },
  ];
}

/** Parenthood on the parent's side (LAPSI; LAPSI_SUPPEA is derived). */
export function childRecords(child: PersonName, role: ParentRole, since: string): GroupRecord[] {
  const lapsilaatu = role === 'AITI' ? 'AITIYS_VAHVISTETTU' : 'AVIOLAPSI';
  return [
    {
      tietoryhma: 'LAPSI',
      lapsi: stub(child),
      isaAiti: role,
      vanhemmuusnimike: role,
      lapsilaatu,
      alkupv: day(since),
      jarjestyskirjain: 'A',
    },
  ];
}

/** The last day of custody: the day before the child turns 18. */
export function custodyEnd(childBirthDate: string): string {
  return addDays(addYears(childBirthDate, 18), -1);
}

function custody(role: string, childBirthDate: string, since: string, until: string | undefined) {
  return {
    huoltajanLaji: 'LAKISAATEINEN_HUOLTAJA',
    huoltajanRooli: role,
    huoltosuhteenAlkupv: day(since),
    huoltosuhteenLoppupv: day(until ?? custodyEnd(childBirthDate)),
    oikeudet: [],
  };
}

/** Custody on the child's side: HUOLTAJA (the _SUPPEA and _RAJOITETTU views are derived). */
export function guardianRecords(
  guardian: PersonName,
  role: string,
  child: PersonName,
  since: string,
  until?: string,
): GroupRecord[] {
  return [
    { tietoryhma: 'HUOLTAJA', huoltaja: stub(guardian), ...custody(role, child.birthDate, since, until) },
  ];
}

/** Custody on the guardian's side: HUOLLETTAVA (the _SUPPEA and _RAJOITETTU views are derived). */
export function wardRecords(child: PersonName, role: string, since: string, until?: string): GroupRecord[] {
  return [
    { tietoryhma: 'HUOLLETTAVA', huollettava: stub(child), ...custody(role, child.birthDate, since, until) },
  ];
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

export function hetuCorrectionRecords(
  oldHetu: string,
  newHetu: string,
  earlier: readonly string[],
): GroupRecord[] {
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
export function replaceGroups(
  records: readonly GroupRecord[],
  groups: readonly string[],
  next: readonly GroupRecord[],
) {
  return [...records.filter((r) => !groups.includes(r.tietoryhma)), ...next];
}

export function recordsOf(records: readonly GroupRecord[], group: string): GroupRecord[] {
  return records.filter((r) => r.tietoryhma === group);
}

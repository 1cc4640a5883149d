/**
 * Groups that are views of another group are stored once and derived when read: the _SUPPEA
 * ("narrow") and _RAJOITETTU ("restricted") custody and parenthood views, NIMENMUUTOS from
 * NIMENMUUTOS_LAAJA, VAESTOKIRJANPITOKUNTA from KOTIKUNTA, and the residence identifier from the permanent
 * address. Storing them would double the register's size for no new fact; deriving keeps them consistent.
 * Each derived record follows its source, as in the real service's responses. Likewise the …UTF8 twins of
 * names (spec §5: the 2026 service sends both forms) are added when read: our names are Unicode already.
 */
import type { GroupRecord } from './records.js';

type Derive = (r: GroupRecord) => GroupRecord;

function pick(r: GroupRecord, group: string, fields: readonly string[]): GroupRecord {
  const out: GroupRecord = { tietoryhma: group };
  if (r.muutosattribuutti !== undefined) out.muutosattribuutti = r.muutosattribuutti;
  for (const f of fields) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

const CUSTODY_FULL = ['huoltajanLaji', 'huoltajanRooli', 'huoltosuhteenAlkupv', 'huoltosuhteenLoppupv'];
const CUSTODY_EXTRA = [
  'asuminen',
  'asumisenAlkupv',
  'asumisenLoppupv',
  'oikeudet',
  'lisatytOikeudet',
  'poistetutOikeudet',
  'muutetutOikeudet',
  'huoltosuhteenMuutos',
  'huollonOikeudenMuutos',
  'huollonAsumisenMuutos',
];
const CUSTODY_RESTRICTED = ['huoltajanRooli', 'huoltosuhteenAlkupv', 'huoltosuhteenLoppupv'];

/** Source group → the groups derived from it, in the order they follow it. */
export const DERIVED: Readonly<Record<string, readonly (readonly [string, Derive])[]>> = {
  HUOLTAJA: [
    ['HUOLTAJA_SUPPEA', (r) => pick(r, 'HUOLTAJA_SUPPEA', ['huoltaja', ...CUSTODY_FULL, ...CUSTODY_EXTRA])],
    ['HUOLTAJA_RAJOITETTU', (r) => pick(r, 'HUOLTAJA_RAJOITETTU', ['huoltaja', ...CUSTODY_RESTRICTED])],
  ],
  HUOLLETTAVA: [
    [
      'HUOLLETTAVA_SUPPEA',
      (r) => pick(r, 'HUOLLETTAVA_SUPPEA', ['huollettava', ...CUSTODY_FULL, ...CUSTODY_EXTRA]),
    ],
    [
      'HUOLLETTAVA_RAJOITETTU',
      (r) => pick(r, 'HUOLLETTAVA_RAJOITETTU', ['huollettava', ...CUSTODY_RESTRICTED]),
    ],
  ],
  VANHEMPI: [
    [
      'VANHEMPI_SUPPEA',
      (r) => pick(r, 'VANHEMPI_SUPPEA', ['vanhempi', 'vanhemmuusnimike', 'alkupv', 'jarjestyskirjain']),
    ],
  ],
  LAPSI: [
    [
      'LAPSI_SUPPEA',
      (r) => pick(r, 'LAPSI_SUPPEA', ['lapsi', 'vanhemmuusnimike', 'alkupv', 'jarjestyskirjain']),
    ],
  ],
  NIMENMUUTOS_LAAJA: [
    ['NIMENMUUTOS', (r) => pick(r, 'NIMENMUUTOS', ['nimilaji', 'nimi', 'nimiUTF8', 'alkupv', 'loppupv'])],
  ],
  KOTIKUNTA: [
    [
      'VAESTOKIRJANPITOKUNTA',
      (r) => pick(r, 'VAESTOKIRJANPITOKUNTA', ['kuntakoodi', 'kuntaanMuuttopv', 'voimassaolevatTiedot']),
    ],
  ],
  VAKINAINEN_KOTIMAINEN_OSOITE: [
    [
      'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
      (r) => {
        const out = pick(r, 'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS', [
          'rakennustunnus',
          'osoitenumero',
          'huoneistokirjain',
          'huoneistonumero',
          'jakokirjain',
          'kuntakoodi',
          'alkupv',
          'loppupv',
        ]);
        if (typeof r.rakennustunnus === 'string') out.asuinpaikantunnus = residenceId(r);
        return out;
      },
    ],
  ],
};

/** Every group that is only ever derived, never stored. */
export const DERIVED_GROUPS: ReadonlySet<string> = new Set(
  Object.values(DERIVED).flatMap((list) => list.map(([group]) => group)),
);

/**
 * Residence identifier (asuinpaikantunnus): building id, address number, staircase letter, apartment number
 * (three digits) and division letter, with blanks where a part is missing; the trailing blank is significant.
 */
export function residenceId(r: GroupRecord): string {
  const letter = typeof r.huoneistokirjain === 'string' ? r.huoneistokirjain : ' ';
  const apartment = typeof r.huoneistonumero === 'string' ? r.huoneistonumero : '   ';
  const division = typeof r.jakokirjain === 'string' ? r.jakokirjain : ' ';
  return `${r.rakennustunnus}${r.osoitenumero ?? 1}${letter}${apartment}${division}`;
}

const STUB_KEYS = ['huoltaja', 'huollettava', 'vanhempi', 'lapsi', 'puoliso', 'osapuoli', 'henkilo'];
/** Name field → its UTF8 twin, at the top level of a record. */
const NAME_TWINS: Readonly<Record<string, string>> = {
  etunimi: 'etunimiUTF8',
  sukunimi: 'sukunimiUTF8',
  nimi: 'nimiUTF8',
};

function withStubTwins(stub: Record<string, unknown>): Record<string, unknown> {
  if (stub.etunimetUTF8 !== undefined || (stub.etunimet === undefined && stub.sukunimi === undefined))
    return stub;
  const { henkilotunnus, etunimet, sukunimi, ...rest } = stub;
  return {
    ...(henkilotunnus !== undefined ? { henkilotunnus } : {}),
    ...(etunimet !== undefined ? { etunimet } : {}),
    ...(sukunimi !== undefined ? { sukunimi } : {}),
    ...(etunimet !== undefined ? { etunimetUTF8: etunimet } : {}),
    ...(sukunimi !== undefined ? { sukunimiUTF8: sukunimi } : {}),
    ...rest,
  };
}

/** The record with the UTF8 twins of its names and of its person stub. */
export function withUtf8Twins(r: GroupRecord): GroupRecord {
  let out: GroupRecord | undefined;
  for (const [field, twin] of Object.entries(NAME_TWINS)) {
    if (typeof r[field] === 'string' && r[twin] === undefined) {
      out ??= { ...r };
      out[twin] = r[field];
    }
  }
  for (const key of STUB_KEYS) {
    const stub = r[key];
    if (stub && typeof stub === 'object' && !Array.isArray(stub)) {
      const twinned = withStubTwins(stub as Record<string, unknown>);
      if (twinned !== stub) {
        out ??= { ...r };
        out[key] = twinned;
      }
    }
  }
  return out ?? r;
}

/** Stored records as the interfaces deliver them: UTF8 twins added, derived views after each source record. */
export function withDerivedGroups(records: readonly GroupRecord[]): GroupRecord[] {
  const out: GroupRecord[] = [];
  for (const stored of records) {
    const r = withUtf8Twins(stored);
    out.push(r);
    const derived = DERIVED[r.tietoryhma];
    if (derived) for (const [, derive] of derived) out.push(derive(r));
  }
  return out;
}

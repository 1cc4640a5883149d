import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  censoredStub,
  censorRecord,
  type DataGroupCode,
  dataGroupCategories,
  dataGroupCodes,
  dataGroups,
  getDataGroup,
  isDataGroupCode,
  isProtectedGroup,
  validateGroupRecord,
  type WireGroupRecord,
} from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/muutosrajapinta/', import.meta.url));

type Json = Record<string, unknown>;

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, relative), 'utf8'));
}

function jsonFiles(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith('.json') ? [path.relative(FIXTURES, full)] : [];
  });
}

/**
 * The tietoryhmä records of a fixture, by its shape (fixtures README): a bare tietoryhmat array (oph/),
 * a perustiedot or muutokset response (evaka/), or one muutokset[] element (evaka/mock-muutokset/).
 */
function recordsOf(content: unknown): unknown[] {
  if (Array.isArray(content)) return content;
  const body = content as Json;
  const persons = [
    ...((body.perustiedot as Json[] | undefined) ?? []),
    ...((body.muutokset as Json[] | undefined) ?? []),
  ];
  if (Array.isArray(body.tietoryhmat)) persons.push(body);
  return persons.flatMap((person) => (person.tietoryhmat as unknown[] | undefined) ?? []);
}

const FILES_WITHOUT_RECORDS = [
  'evaka/first-modification-token-response-ok.json', // {viimeisinKirjausavain}
  'evaka/modifications-response-ok.json', // muutokset: []
  'evaka/mock-muutokset/rikkinainen_tietue.json', // broken on purpose: no tietoryhmat at all
];
// The fixtures README: `tuntematon_muutos.json` uses an unknown group that clients must tolerate.
const UNKNOWN_GROUPS = new Set(['JOKU_MUU']);

const sandbox = readJson('evaka/perustiedot-response-ok.json') as {
  perustiedot: { henkilotunnus: string; tietoryhmat: Json[] }[];
};
const sandboxRecords = sandbox.perustiedot.flatMap((person) => person.tietoryhmat);
const isCensored = (record: Json) => 'turvakiellonAlaisetKentat' in record;

describe('fixtures validate against the catalogue', () => {
  const files = jsonFiles();

  it('finds every fixture file', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files).toContain('evaka/perustiedot-response-ok.json');
  });

  it.each(files)('%s', (file) => {
    const records = recordsOf(readJson(file));
    if (FILES_WITHOUT_RECORDS.includes(file)) {
      expect(records).toEqual([]);
      return;
    }
    expect(records.length).toBeGreaterThan(0);
    const failures = records.flatMap((record, index) => {
      if (UNKNOWN_GROUPS.has((record as Json).tietoryhma as string)) return [];
      const result = validateGroupRecord(record);
      return result.ok ? [] : [{ index, tietoryhma: (record as Json).tietoryhma, errors: result.errors }];
    });
    expect(failures).toEqual([]);
  });

  it('rejects the unknown group of tuntematon_muutos.json with a useful error', () => {
    const [record] = recordsOf(readJson('evaka/mock-muutokset/tuntematon_muutos.json'));
    expect(validateGroupRecord(record)).toEqual({
      ok: false,
      errors: [{ path: '/tietoryhma', message: "unknown data group 'JOKU_MUU'" }],
    });
  });

  it('rejects the broken rikkinainen_tietue.json when read as a record', () => {
    // JSON.parse keeps the last of the duplicate `bogus` keys; the element has no tietoryhmat and no tietoryhma.
    const broken = readJson('evaka/mock-muutokset/rikkinainen_tietue.json') as Json;
    expect(broken.tietoryhmat).toBeUndefined();
    expect(validateGroupRecord(broken)).toEqual({
      ok: false,
      errors: [{ path: '/tietoryhma', message: 'missing tietoryhma (the data-group code)' }],
    });
  });

  it('knows every group the sandbox and the client fixtures use', () => {
    const used = new Set(
      jsonFiles().flatMap((file) =>
        recordsOf(readJson(file)).map((record) => (record as Json).tietoryhma as string),
      ),
    );
    const unknown = [...used].filter((code) => !isDataGroupCode(code));
    expect(unknown).toEqual([...UNKNOWN_GROUPS]);
    expect(new Set(sandboxRecords.map((record) => record.tietoryhma)).size).toBe(67);
  });
});

describe('catalogue definitions', () => {
  it('has the 67 groups with field evidence plus the 5 named-only groups', () => {
    expect(dataGroups).toHaveLength(72);
    for (const code of [
      'EDUNVALVONTA',
      'EDUNVALVONTAVALTUUTUS',
      'ENTINEN_ULKOMAILLA_ASUMINEN',
      'VALTIO_JOSTA_MUUTTANUT',
      'AMMATTI',
    ]) {
      expect(getDataGroup(code)?.evidence).toBe('client-code');
    }
  });

  it('has unique codes, and dataGroupCodes lists them in order', () => {
    expect(new Set(dataGroupCodes).size).toBe(dataGroups.length);
    expect(dataGroupCodes).toEqual(dataGroups.map((group) => group.code));
  });

  it('lists every protected field among the fields', () => {
    for (const group of dataGroups) {
      for (const field of group.turvakieltoProtected) expect(group.fields, group.code).toContain(field);
      expect(new Set(group.fields).size, group.code).toBe(group.fields.length);
    }
  });

  it('has non-empty, distinct names and one-sentence descriptions in fi, sv and en', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const names = dataGroups.map((group) => group.names[language].trim());
      expect(names.every((name) => name.length > 0)).toBe(true);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
      const descriptions = dataGroups.map((group) => group.description[language].trim());
      for (const [index, text] of descriptions.entries()) {
        expect(text, `${dataGroups[index]?.code}.${language}`).toMatch(/^\S.*\.$/);
      }
      expect(new Set(descriptions).size).toBe(descriptions.length);
      for (const label of Object.values(dataGroupCategories)) expect(label[language]).not.toBe('');
    }
  });

  it('marks the history groups', () => {
    const history = dataGroups.filter((group) => group.history).map((group) => group.code);
    expect(history.sort()).toEqual([
      'EDELLINEN_KOTIKUNTA',
      'EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
      'ENTINEN_OLINPAIKASSA_ASUMINEN',
      'ENTINEN_ULKOMAILLA_ASUMINEN',
      'HISTORIAA_USKONTOKUNNASTA',
    ]);
  });

  it('protects every location group and no identity data', () => {
    const protectedCodes = dataGroups
      .filter((group) => isProtectedGroup(group.code))
      .map((group) => group.code);
    expect(protectedCodes.sort()).toEqual(
      [
        'EDELLINEN_KOTIKUNTA',
        'EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
        'ENTINEN_OLINPAIKASSA_ASUMINEN',
        'ENTINEN_ULKOMAILLA_ASUMINEN',
        'KOTIKUNTA',
        'KOTIMAINEN_POSTIOSOITE',
        'SAHKOPOSTIOSOITE',
        'TILAPAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
        'TILAPAINEN_KOTIMAINEN_OSOITE',
        'TILAPAINEN_KUNTA',
        'TILAPAINEN_OLINPAIKASSA_ASUMINEN',
        'TILAPAINEN_ULKOMAILLA_ASUMINEN',
        'TILAPAINEN_ULKOMAINEN_OSOITE',
        'ULKOMAINEN_POSTIOSOITE',
        'VAESTOKIRJANPITOKUNTA',
        'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
        'VAKINAINEN_KOTIMAINEN_OSOITE',
        'VAKINAINEN_OLINPAIKASSA_ASUMINEN',
        'VAKINAINEN_ULKOMAILLA_ASUMINEN',
        'VAKINAINEN_ULKOMAINEN_OSOITE',
        'VUODENVAIHTEEN_KUNTA',
      ].sort(),
    );
    for (const code of ['HENKILON_NIMI', 'KANSALAISUUS', 'TURVAKIELTO', 'HUOLTAJA'] as const) {
      expect(isProtectedGroup(code)).toBe(false);
    }
    expect(
      dataGroups.filter((group) => group.category === 'address' || group.category === 'residence'),
    ).toSatisfy((groups: typeof dataGroups) => groups.every((group) => isProtectedGroup(group.code)));
  });

  it('looks groups up by code', () => {
    expect(getDataGroup('KOTIKUNTA').category).toBe('municipality');
    expect(getDataGroup('JOKU_MUU')).toBeUndefined();
    expect(isDataGroupCode('TURVAKIELTO')).toBe(true);
    expect(isDataGroupCode('turvakielto')).toBe(false);
  });
});

describe('censorRecord against the sandbox', () => {
  const censoredInSandbox = sandboxRecords.filter(isCensored);
  const uncensoredByGroup = new Map<string, Json>();
  for (const record of sandboxRecords) {
    if (!isCensored(record) && !uncensoredByGroup.has(record.tietoryhma as string)) {
      uncensoredByGroup.set(record.tietoryhma as string, record);
    }
  }

  it('the capture has censored records to compare with', () => {
    expect(censoredInSandbox.length).toBe(32); // 16 location groups × 2 turvakielto persons
  });

  it('reproduces the sandbox list exactly when censoring a real uncensored sandbox record', () => {
    let compared = 0;
    for (const expected of censoredInSandbox) {
      const source = uncensoredByGroup.get(expected.tietoryhma as string);
      if (!source) continue;
      expect(censorRecord(source as WireGroupRecord, { keepAttribute: false })).toEqual(expected);
      compared += 1;
    }
    // KOTIKUNTA, VAKINAINEN_KOTIMAINEN_OSOITE, TILAPAINEN_*, VUODENVAIHTEEN_KUNTA, … have real values too.
    expect(compared).toBeGreaterThanOrEqual(16);
  });

  it('reproduces every sandbox censored record as a stub, and is idempotent on them', () => {
    for (const expected of censoredInSandbox) {
      const code = expected.tietoryhma as DataGroupCode;
      expect(censoredStub(code)).toEqual(expected);
      expect(censorRecord(expected as WireGroupRecord, { keepAttribute: false })).toEqual(expected);
    }
  });

  it('is stricter than the sandbox only for VAESTOKIRJANPITOKUNTA and the location history groups', () => {
    // The sandbox sent EDELLINEN_KOTIKUNTA, EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS and
    // ENTINEN_OLINPAIKASSA_ASUMINEN uncensored for 020275-9862; the project withholds them on purpose.
    const sandboxCensored = new Set(censoredInSandbox.map((record) => record.tietoryhma));
    const stricter = dataGroups
      .filter((group) => isProtectedGroup(group.code) && !sandboxCensored.has(group.code))
      .map((group) => group.code);
    expect(stricter.sort()).toEqual([
      'EDELLINEN_KOTIKUNTA',
      'EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
      'ENTINEN_OLINPAIKASSA_ASUMINEN',
      'ENTINEN_ULKOMAILLA_ASUMINEN',
      'VAESTOKIRJANPITOKUNTA',
    ]);
    for (const code of sandboxCensored) expect(isProtectedGroup(code as DataGroupCode)).toBe(true);
  });

  it('leaves identity data of the turvakielto persons uncensored, as the sandbox does', () => {
    for (const person of sandbox.perustiedot) {
      if (!person.tietoryhmat.some((record) => record.tietoryhma === 'TURVAKIELTO')) continue;
      for (const record of person.tietoryhmat) {
        const code = record.tietoryhma as DataGroupCode;
        if (!isProtectedGroup(code)) {
          expect(isCensored(record), code).toBe(false);
          expect(censorRecord(record as WireGroupRecord, { keepAttribute: false })).toBe(record);
        }
      }
    }
  });
});

describe('censorRecord options', () => {
  const move = {
    tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
    muutosattribuutti: 'LISATTY',
    katunimi: { fi: 'Uusitie', sv: 'Nyvägen' },
    katunumero: '17',
    postinumero: '02940',
    alkupv: { arvo: '2020-10-01', tarkkuus: 'PAIVA' },
    voimassaolevatTiedot: [],
  } as const;

  it('keeps muutosattribuutti for muutokset and drops it for perustiedot', () => {
    const kept = censorRecord(move, { keepAttribute: true });
    expect(kept).toEqual({
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
      muutosattribuutti: 'LISATTY',
      turvakiellonAlaisetKentat: getDataGroup('VAKINAINEN_KOTIMAINEN_OSOITE').turvakieltoProtected,
    });
    expect(validateGroupRecord(kept)).toEqual({ ok: true });
    expect(censorRecord(move, { keepAttribute: false })).not.toHaveProperty('muutosattribuutti');
  });

  it('can list only the protected fields present in the record', () => {
    expect(censorRecord(move, { keepAttribute: false, onlyPresentFields: true })).toEqual({
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
      turvakiellonAlaisetKentat: ['katunimi', 'katunumero', 'postinumero'],
    });
  });

  it('returns a record of an unprotected group unchanged and refuses unknown groups', () => {
    const name = { tietoryhma: 'HENKILON_NIMI', etunimi: 'Aino', sukunimi: 'Tes' };
    expect(censorRecord(name, { keepAttribute: true })).toBe(name);
    expect(() => censorRecord({ tietoryhma: 'JOKU_MUU' }, { keepAttribute: true })).toThrow(/JOKU_MUU/);
    expect(() => censoredStub('HENKILON_NIMI')).toThrow(/not protected/);
  });
});

describe('validateGroupRecord', () => {
  const kotikunta = {
    tietoryhma: 'KOTIKUNTA',
    kuntakoodi: '091',
    kuntaanMuuttopv: { arvo: '2019-01-01', tarkkuus: 'PAIVA' },
  };
  const errorsOf = (record: unknown) => {
    const result = validateGroupRecord(record);
    return result.ok ? [] : result.errors;
  };

  it('accepts a plain record and the legacy kuntaanMuuttoPv duplicate', () => {
    expect(validateGroupRecord(kotikunta)).toEqual({ ok: true });
    expect(validateGroupRecord({ ...kotikunta, kuntaanMuuttoPv: kotikunta.kuntaanMuuttopv })).toEqual({
      ok: true,
    });
  });

  it('rejects an extra key, naming it', () => {
    expect(errorsOf({ ...kotikunta, postinumero: '00100' })).toEqual([
      { path: '/postinumero', message: "unknown field 'postinumero' in KOTIKUNTA" },
    ]);
    expect(errorsOf({ ...kotikunta, kuntaanMuuttopv: { ...kotikunta.kuntaanMuuttopv, extra: 1 } })).toEqual([
      { path: '/kuntaanMuuttopv/extra', message: "unknown field 'extra' in KOTIKUNTA" },
    ]);
    const stub = { tietoryhma: 'HUOLTAJA', huoltaja: { henkilotunnus: '010579-9999', osoite: 'x' } };
    expect(errorsOf(stub)).toEqual([
      { path: '/huoltaja/osoite', message: "unknown field 'osoite' in HUOLTAJA" },
    ]);
  });

  it('allows only tietoryhma, muutosattribuutti and the list in a censored record', () => {
    const censored = { tietoryhma: 'KOTIKUNTA', turvakiellonAlaisetKentat: ['kuntakoodi'] };
    expect(validateGroupRecord({ ...censored, muutosattribuutti: 'LISATTY' })).toEqual({ ok: true });
    expect(errorsOf({ ...censored, kuntakoodi: '091' })).toEqual([
      {
        path: '/kuntakoodi',
        message:
          "unknown field 'kuntakoodi': a censored KOTIKUNTA record carries only tietoryhma, muutosattribuutti and turvakiellonAlaisetKentat",
      },
    ]);
  });

  it('checks voimassaolevatTiedot entries as records of the same group without muutosattribuutti', () => {
    const removed = { ...kotikunta, muutosattribuutti: 'POISTETTU', voimassaolevatTiedot: [kotikunta] };
    expect(validateGroupRecord(removed)).toEqual({ ok: true });
    const nested = { ...removed, voimassaolevatTiedot: [{ ...kotikunta, muutosattribuutti: 'LISATTY' }] };
    expect(errorsOf(nested)).toEqual([
      {
        path: '/voimassaolevatTiedot/0/muutosattribuutti',
        message: "unknown field 'muutosattribuutti' in KOTIKUNTA",
      },
    ]);
    const otherGroup = { ...removed, voimassaolevatTiedot: [{ ...kotikunta, tietoryhma: 'SUKUPUOLI' }] };
    expect(errorsOf(otherGroup)).toEqual([
      { path: '/voimassaolevatTiedot/0/tietoryhma', message: 'must be "KOTIKUNTA"' },
    ]);
  });

  it('checks values: dates, enums, codes and required fields', () => {
    const withDate = (arvo: string, tarkkuus = 'PAIVA') => ({
      ...kotikunta,
      kuntaanMuuttopv: { arvo, tarkkuus },
    });
    expect(validateGroupRecord(withDate('1965-11-01', 'KUUKAUSI'))).toEqual({ ok: true });
    expect(errorsOf(withDate('1965-11', 'KUUKAUSI')).map((e) => e.path)).toContain('/kuntaanMuuttopv/arvo');
    expect(errorsOf(withDate('2019-02-30'))).toEqual([
      { path: '/kuntaanMuuttopv/arvo', message: 'must be a valid date' },
    ]);
    expect(errorsOf(withDate('2019-01-01', 'PAIVAMAARA'))).toEqual([
      { path: '/kuntaanMuuttopv/tarkkuus', message: 'must be one of PAIVA, KUUKAUSI, VUOSI, EI_TIEDOSSA' },
    ]);
    expect(errorsOf({ ...kotikunta, kuntakoodi: '91' }).map((e) => e.path)).toEqual(['/kuntakoodi']);
    expect(errorsOf({ ...kotikunta, muutosattribuutti: 'MUUTTUNUT' }).map((e) => e.path)).toEqual([
      '/muutosattribuutti',
    ]);
    expect(errorsOf({ tietoryhma: 'TURVAKIELTO', muutosattribuutti: 'LISATTY' })).toEqual([
      { path: '/turvakieltoAktiivinen', message: "missing required field 'turvakieltoAktiivinen'" },
    ]);
    expect(validateGroupRecord({ tietoryhma: 'TURVAKIELTO', turvakieltoAktiivinen: false })).toEqual({
      ok: true,
    });
    expect(errorsOf({ tietoryhma: 'HENKILOTUNNUS_KORJAUS', aktiivinenHenkilotunnus: 'x' })).toHaveLength(1);
    expect(
      validateGroupRecord({ tietoryhma: 'HENKILOTUNNUS_KORJAUS', aktiivinenHenkilotunnus: null }),
    ).toEqual({
      ok: true,
    });
  });

  it('rejects what is not a record', () => {
    expect(errorsOf([kotikunta])).toEqual([
      { path: '', message: 'a tietoryhmä record must be a JSON object' },
    ]);
    expect(errorsOf({ tietoryhma: 7 })).toEqual([
      { path: '/tietoryhma', message: 'tietoryhma must be a string' },
    ]);
  });
});

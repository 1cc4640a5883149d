import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARED_DIR,
  deriveReferenceData,
  MIN_NAME_COUNT,
  writeReferenceData,
} from '../../../scripts/derive-reference-data.js';
import {
  countries,
  firstNames,
  getCountry,
  getLanguage,
  getMunicipality,
  languages,
  municipalities,
  type NameCount,
  postcodes,
  postcodesOf,
  streetNames,
  surnames,
} from './index.js';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
/** The 16 Åland municipalities. */
const ALAND = [
  '035',
  '043',
  '060',
  '062',
  '065',
  '076',
  '170',
  '295',
  '318',
  '417',
  '438',
  '478',
  '736',
  '766',
  '771',
  '941',
];

describe('municipalities', () => {
  it('has the 308 municipalities of 2025 with unique 3-digit codes, sorted', () => {
    expect(municipalities).toHaveLength(308);
    const codes = municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(308);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it('has names in three languages and a positive weight for every municipality', () => {
    for (const m of municipalities) {
      expect(m.fi && m.sv && m.en, m.code).toBeTruthy();
      expect(Number.isFinite(m.weight) && m.weight > 0, m.code).toBe(true);
    }
    const total = municipalities.reduce((sum, m) => sum + m.weight, 0);
    expect(total).toBe(5_517_919); // inhabitants of Finland on 31.12.2018
  });

  it('knows Helsinki as bilingual Helsinki/Helsingfors', () => {
    expect(getMunicipality('091')).toMatchObject({
      fi: 'Helsinki',
      sv: 'Helsingfors',
      language: 'bilingual',
    });
    expect(getMunicipality('91')).toBeUndefined();
  });

  it('marks Närpes and the Åland municipalities as Swedish-speaking, and only them', () => {
    expect(getMunicipality('545')).toMatchObject({ sv: 'Närpes', language: 'sv' });
    for (const code of ALAND) expect(getMunicipality(code)?.language, code).toBe('sv');
    const sv = municipalities.filter((m) => m.language === 'sv').map((m) => m.code);
    expect(sv).toEqual([...ALAND, '545'].sort());
    expect(municipalities.filter((m) => m.language === 'bilingual')).toHaveLength(31);
  });
});

describe('postcodes', () => {
  it('gives every municipality at least one street-address postcode', () => {
    const without = municipalities.filter((m) => postcodesOf(m.code).length === 0).map((m) => m.code);
    expect(without).toEqual([]);
    expect(postcodesOf('999')).toEqual([]);
  });

  it('has unique 5-digit codes pointing at known municipalities', () => {
    expect(postcodes).toHaveLength(3018);
    expect(new Set(postcodes.map((p) => p.postcode)).size).toBe(postcodes.length);
    for (const p of postcodes) {
      expect(p.postcode).toMatch(/^\d{5}$/);
      expect(getMunicipality(p.municipality), p.postcode).toBeDefined();
      expect(p.fi && p.sv, p.postcode).toBeTruthy();
    }
  });

  it('puts 00100 in Helsinki with Posti upper-case names', () => {
    const p = postcodesOf('091').find((x) => x.postcode === '00100');
    expect(p).toEqual({ postcode: '00100', fi: 'HELSINKI', sv: 'HELSINGFORS', municipality: '091' });
    expect(postcodesOf('478').some((x) => x.postcode === '22100' && x.sv === 'MARIEHAMN')).toBe(true);
  });
});

function expectSortedNameCounts(list: readonly NameCount[]): void {
  expect(list.length).toBeGreaterThan(100);
  for (const [name, count] of list) {
    expect(name.trim()).toBe(name);
    expect(name.length).toBeGreaterThan(0);
    expect(Number.isInteger(count) && count >= MIN_NAME_COUNT, name).toBe(true);
  }
  for (let i = 1; i < list.length; i++) expect(list[i]![1]).toBeLessThanOrEqual(list[i - 1]![1]);
  expect(new Set(list.map(([n]) => n)).size).toBe(list.length);
}

describe('names', () => {
  it('has first names sorted by count', () => {
    expectSortedNameCounts(firstNames.female);
    expectSortedNameCounts(firstNames.male);
    expect(firstNames.female[0]).toEqual(['Anne', 29887]);
    expect(firstNames.male[0]).toEqual(['Juha', 43276]);
  });

  it('has surnames sorted by count', () => {
    expectSortedNameCounts(surnames);
    expect(surnames.slice(0, 3)).toEqual([
      ['Korhonen', 21964],
      ['Virtanen', 21261],
      ['Mäkinen', 19634],
    ]);
  });

  it('has unique Finnish/Swedish street-name pairs', () => {
    expect(streetNames.length).toBeGreaterThanOrEqual(250);
    expect(new Set(streetNames.map(([fi]) => fi)).size).toBe(streetNames.length);
    expect(new Set(streetNames.map(([, sv]) => sv)).size).toBe(streetNames.length);
    expect(streetNames).toContainEqual(['Koivukuja', 'Björkgränden']);
    expect(streetNames).toContainEqual(['Mannerheimintie', 'Mannerheimvägen']);
    expect(streetNames).toContainEqual(['Rantatie', 'Strandvägen']);
  });
});

describe('languages', () => {
  it('has Finnish as suomi/fin and the DVV sign-language code 98, but not 99', () => {
    expect(getLanguage('fi')).toEqual({ code: 'fi', fi: 'suomi', sv: 'finska', iso6392: 'fin' });
    expect(getLanguage('sv')).toMatchObject({ fi: 'ruotsi', iso6392: 'swe' });
    expect(getLanguage('se')).toMatchObject({ fi: 'pohjoissaame', iso6392: 'sme' });
    expect(getLanguage('de')).toMatchObject({ iso6392: 'deu', iso6392B: 'ger' });
    expect(getLanguage('98')).toMatchObject({ fi: 'viittomakieli', sv: 'teckenspråk', iso6392: 'sgn' });
    expect(getLanguage('99')).toBeUndefined();
    expect(languages).toHaveLength(185);
  });

  it('has clean names and ISO 639-2 codes that ICU maps back to the ISO 639-1 code', () => {
    // CLDR maps these ISO 639-2 codes to a different (macro)language than the ISO 639-1 code.
    const cldrExceptions: Record<string, string> = { bih: 'bho', tgl: 'fil', twi: 'ak' };
    for (const l of languages) {
      expect(l.fi, l.code).not.toMatch(/[*;]|aiemmin/);
      expect(l.sv, l.code).not.toMatch(/[*;]/);
      if (l.code === '98') continue;
      for (const code3 of [l.iso6392, l.iso6392B].filter((c): c is string => c !== undefined)) {
        expect(code3).toMatch(/^[a-z]{3}$/);
        expect(Intl.getCanonicalLocales(code3)[0], `${l.code}→${code3}`).toBe(
          cldrExceptions[code3] ?? l.code,
        );
      }
    }
  });
});

describe('countries', () => {
  it('has ISO 3166-1 numeric codes with fi/sv/en names', () => {
    expect(getCountry('246')).toMatchObject({ alpha2: 'FI', fi: 'Suomi', sv: 'Finland', en: 'Finland' });
    expect(getCountry('752')).toMatchObject({ alpha2: 'SE', fi: 'Ruotsi', sv: 'Sverige' });
    expect(getCountry('998')).toBeUndefined();
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(new Set(countries.map((c) => c.numeric)).size).toBe(countries.length);
    for (const c of countries) {
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(c.fi && c.sv && c.en, c.numeric).toBeTruthy();
    }
  });
});

describe('derivation', () => {
  it.skipIf(!existsSync(DEFAULT_SHARED_DIR))(
    're-running the script reproduces the committed files byte for byte',
    () => {
      const out = mkdtempSync(path.join(tmpdir(), 'reference-data-'));
      try {
        writeReferenceData(deriveReferenceData(DEFAULT_SHARED_DIR), out);
        const committed = readdirSync(DATA_DIR).sort();
        expect(readdirSync(out).sort()).toEqual(committed);
        for (const name of committed) {
          expect(
            readFileSync(path.join(out, name)).equals(readFileSync(path.join(DATA_DIR, name))),
            name,
          ).toBe(true);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );

  it('keeps the generated data small', () => {
    const total = readdirSync(DATA_DIR).reduce(
      (sum, name) => sum + readFileSync(path.join(DATA_DIR, name)).length,
      0,
    );
    expect(total).toBeLessThan(1_500_000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertBusinessId,
  type BusinessId,
  InvalidBusinessIdError,
  isBusinessId,
  makeBusinessId,
} from './business-id.js';

// Weights 7,9,10,5,8,4,2; sum mod 11 = r; r 0 → 0, r 1 → invalid, else 11 − r.
// The arithmetic for each expected value is written out so it can be checked by hand.
const KNOWN = [
  // 0·7 + 2·9 + 4·10 + 5·5 + 4·8 + 3·4 + 7·2 = 141, 141 mod 11 = 9 → 2
  ['0245437-2', 'Digi- ja väestötietovirasto (DVV)'],
  // 0 + 9 + 0 + 5 + 16 + 24 + 6 = 60, 60 mod 11 = 5 → 6
  ['0101263-6', 'Espoon kaupunki'],
  // 0 + 18 + 0 + 5 + 16 + 20 + 12 = 71, 71 mod 11 = 5 → 6
  ['0201256-6', 'Helsingin kaupunki'],
  // 0 + 18 + 10 + 5 + 48 + 28 + 10 = 119, 119 mod 11 = 9 → 2
  ['0211675-2', 'Tampereen kaupunki'],
  // 7 + 63 + 10 + 0 + 8 + 8 + 16 = 112, 112 mod 11 = 2 → 9 (X-Road test data, COM member)
  ['1710128-9', 'X-Road test data'],
  // 14 + 81 + 0 + 40 + 56 + 20 + 16 = 227, 227 mod 11 = 7 → 4 (X-Road test data, ORG member)
  ['2908758-4', 'X-Road test data'],
  // 0 + 9 + 0 + 0 + 0 + 8 + 16 = 33, 33 mod 11 = 0 → 0
  ['0100028-0', 'remainder 0 gives check digit 0'],
] as const;

// 0 + 9 + 0 + 0 + 0 + 0 + 14 = 23, 23 mod 11 = 1: no check digit works.
const REMAINDER_ONE = '0100007';

describe('isBusinessId / assertBusinessId', () => {
  it.each(KNOWN)('accepts %s (%s)', (value) => {
    expect(isBusinessId(value)).toBe(true);
    const branded: BusinessId = assertBusinessId(value);
    expect(branded).toBe(value);
  });

  it.each(KNOWN)('rejects %s with any other check digit', (value) => {
    for (let d = 0; d <= 9; d++) {
      const other = `${value.slice(0, 8)}${d}`;
      if (other !== value) expect(isBusinessId(other)).toBe(false);
    }
  });

  it('rejects every check digit when the remainder is 1', () => {
    for (let d = 0; d <= 9; d++) expect(isBusinessId(`${REMAINDER_ONE}-${d}`)).toBe(false);
    expect(() => assertBusinessId(`${REMAINDER_ONE}-0`)).toThrow(
      expect.objectContaining({ code: 'checksum' }),
    );
  });

  it.each([
    '',
    '02454372',
    '0245437 2',
    '0245437–2', // en dash
    '245437-2', // six digits: old IDs must be zero-padded
    '00245437-2',
    '0245437-22',
    '0245437-X',
    ' 0245437-2',
    '0245437-2 ',
    'FI02454372', // VAT number form, not a business ID
    '024543a-2',
  ])('rejects the format of %j', (value) => {
    expect(isBusinessId(value)).toBe(false);
    expect(() => assertBusinessId(value)).toThrow(expect.objectContaining({ code: 'format', value }));
  });

  it('throws an error that names the value and the reason', () => {
    expect(() => assertBusinessId('0245437-3')).toThrow(InvalidBusinessIdError);
    expect(() => assertBusinessId('0245437-3')).toThrow(
      expect.objectContaining({
        name: 'InvalidBusinessIdError',
        code: 'checksum',
        value: '0245437-3',
        message: 'invalid business ID "0245437-3": check digit does not match',
      }),
    );
    expect(() => assertBusinessId('0245437')).toThrow('invalid business ID "0245437": expected seven digits');
  });
});

describe('makeBusinessId', () => {
  it.each(KNOWN)('computes %s', (value) => {
    expect(makeBusinessId(value.slice(0, 7))).toBe(value);
  });

  it('refuses a remainder of 1 and malformed input', () => {
    expect(() => makeBusinessId(REMAINDER_ONE)).toThrow(RangeError);
    for (const bad of ['', '024543', '02454370', '024543a', '0245437-2']) {
      expect(() => makeBusinessId(bad)).toThrow(RangeError);
    }
  });

  it('produces exactly one valid check digit, or none when the remainder is 1', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (seven) => {
        const valid = Array.from({ length: 10 }, (_, d) => `${seven}-${d}`).filter(isBusinessId);
        let made: string | undefined;
        try {
          made = makeBusinessId(seven);
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
        }
        expect(valid).toEqual(made === undefined ? [] : [made]);
      }),
      { numRuns: 2000 },
    );
  });
});

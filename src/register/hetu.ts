/**
 * Finnish personal identity code (henkilötunnus, "hetu"): `DDMMYY C NNN Q`.
 * See /work/shared/specs/xroad-identification-data.md §3.
 */

export type Hetu = string & { readonly __brand: 'Hetu' };

export type HetuErrorCode = 'format' | 'century_sign' | 'date' | 'individual_number' | 'checksum';

export interface ParsedHetu {
  hetu: Hetu;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'MIES' | 'NAINEN';
  individualNumber: number;
  centurySign: string;
  /** Individual number 900–999: temporary/test codes, never stored in VTJ. */
  isTestCode: boolean;
}

// G, I, O, Q and Z are left out so the check character cannot be misread.
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// Since the 2023 reform the extra signs are part of the identity, so keep their order stable:
// makeTestHetu's `centurySignVariant` indexes into these strings.
const CENTURY_SIGNS: Readonly<Record<number, string>> = { 1800: '+', 1900: '-YXWVU', 2000: 'ABCDEF' };
const CENTURY_OF_SIGN = new Map(
  Object.entries(CENTURY_SIGNS).flatMap(([century, signs]) => [...signs].map((s) => [s, Number(century)])),
);

// Shape only; century sign, date, individual number and checksum are checked separately
// so the caller gets a precise error code.
const SHAPE = /^\d{6}.\d{3}[0-9A-Z]$/;

const MESSAGES: Readonly<Record<HetuErrorCode, string>> = {
  format: 'expected 11 characters DDMMYYCNNNQ (digits, century sign, digits, uppercase check character)',
  century_sign: 'unknown century sign',
  date: 'birth date does not exist',
  individual_number: 'individual numbers 000 and 001 are not used',
  checksum: 'checksum does not match',
};

function checkChar(ddmmyy: string, nnn: string): string {
  return CHECK_CHARS[Number(ddmmyy + nnn) % 31]!;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Strict parse: no trimming or case folding, the caller decides whether to normalise. */
export function parseHetu(
  value: string,
): { ok: true; value: ParsedHetu } | { ok: false; code: HetuErrorCode } {
  if (!SHAPE.test(value)) return { ok: false, code: 'format' };
  const dd = value.slice(0, 2);
  const mm = value.slice(2, 4);
  const yy = value.slice(4, 6);
  const sign = value[6]!;
  const nnn = value.slice(7, 10);
  const check = value[10];

  const century = CENTURY_OF_SIGN.get(sign);
  if (century === undefined) return { ok: false, code: 'century_sign' };

  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, code: 'date' };

  const individualNumber = Number(nnn);
  if (individualNumber < 2) return { ok: false, code: 'individual_number' };

  if (check !== checkChar(dd + mm + yy, nnn)) return { ok: false, code: 'checksum' };

  return {
    ok: true,
    value: {
      hetu: value as Hetu,
      birthDate: `${year}-${mm}-${dd}`,
      sex: individualNumber % 2 === 1 ? 'MIES' : 'NAINEN',
      individualNumber,
      centurySign: sign,
      isTestCode: individualNumber >= 900,
    },
  };
}

export function isHetu(value: string): value is Hetu {
  return parseHetu(value).ok;
}

export class InvalidHetuError extends Error {
  override readonly name = 'InvalidHetuError';

  constructor(
    readonly code: HetuErrorCode,
    readonly value: string,
  ) {
    // Name the value so the sender can tell which one was rejected; logs scrub hetu-shaped strings.
    super(`invalid hetu ${JSON.stringify(value)}: ${MESSAGES[code]}`);
  }
}

export function assertHetu(value: string): Hetu {
  const result = parseHetu(value);
  if (!result.ok) throw new InvalidHetuError(result.code, value);
  return result.value.hetu;
}

/**
 * Builds a valid hetu in the temporary/test range 900–999, which can never belong to a real
 * person in VTJ. Sex follows parity (odd = MIES, even = NAINEN); `centurySignVariant` picks among
 * the century's signs (1900s: `-YXWVU`, 2000s: `ABCDEF`, 1800s: `+`) so generators can avoid collisions.
 */
export function makeTestHetu(birthDate: string, individualNumber: number, centurySignVariant = 0): Hetu {
  if (!Number.isInteger(individualNumber) || individualNumber < 900 || individualNumber > 999) {
    throw new RangeError(`individual number must be an integer in 900–999, got ${individualNumber}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const year = Number(m?.[1]);
  const signs = CENTURY_SIGNS[Math.floor(year / 100) * 100];
  if (!m || !signs) throw new RangeError(`birth date must be YYYY-MM-DD in 1800–2099, got ${birthDate}`);
  const sign = Number.isInteger(centurySignVariant) ? signs[centurySignVariant] : undefined;
  if (sign === undefined) {
    throw new RangeError(`century sign variant must be 0–${signs.length - 1}, got ${centurySignVariant}`);
  }
  const ddmmyy = `${m[3]}${m[2]}${m[1]!.slice(2)}`;
  const nnn = String(individualNumber);
  // Round-trip through the parser so an impossible date (e.g. 1900-02-29) is rejected, not encoded.
  const result = parseHetu(`${ddmmyy}${sign}${nnn}${checkChar(ddmmyy, nnn)}`);
  if (!result.ok) throw new RangeError(`birth date is not a real date: ${birthDate}`);
  return result.value.hetu;
}

/** The 50 individual numbers in 900–999 of the given sex's parity. */
export function testIndividualNumbers(sex: 'MIES' | 'NAINEN'): number[] {
  const first = sex === 'MIES' ? 901 : 900;
  return Array.from({ length: 50 }, (_, i) => first + 2 * i);
}

/** Finnish business ID (Y-tunnus): seven digits, a hyphen and a mod-11 check digit, e.g. `0245437-2`. */

export type BusinessId = string & { readonly __brand: 'BusinessId' };

export type BusinessIdErrorCode = 'format' | 'checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or undefined when the remainder is 1 (such numbers are never issued). */
function checkDigit(sevenDigits: string): number | undefined {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(sevenDigits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return undefined;
  return remainder === 0 ? 0 : 11 - remainder;
}

function validate(value: string): BusinessIdErrorCode | undefined {
  // Strict: no trimming; old six-digit IDs must already be zero-padded to seven.
  if (!/^\d{7}-\d$/.test(value)) return 'format';
  return checkDigit(value.slice(0, 7)) === Number(value[8]) ? undefined : 'checksum';
}

export function isBusinessId(value: string): value is BusinessId {
  return validate(value) === undefined;
}

export class InvalidBusinessIdError extends Error {
  override readonly name = 'InvalidBusinessIdError';

  constructor(
    readonly code: BusinessIdErrorCode,
    readonly value: string,
  ) {
    const reason =
      code === 'format' ? 'expected seven digits, a hyphen and a check digit' : 'check digit does not match';
    super(`invalid business ID ${JSON.stringify(value)}: ${reason}`);
  }
}

export function assertBusinessId(value: string): BusinessId {
  const code = validate(value);
  if (code !== undefined) throw new InvalidBusinessIdError(code, value);
  return value as BusinessId;
}

/** Appends the check digit; for building test data. */
export function makeBusinessId(sevenDigits: string): BusinessId {
  if (!/^\d{7}$/.test(sevenDigits))
    throw new RangeError(`expected seven digits, got ${JSON.stringify(sevenDigits)}`);
  const check = checkDigit(sevenDigits);
  if (check === undefined) throw new RangeError(`${sevenDigits} has remainder 1 and cannot be a business ID`);
  return `${sevenDigits}-${check}` as BusinessId;
}

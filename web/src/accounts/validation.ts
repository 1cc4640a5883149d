/**
 * Client-side checks of the accounts forms; the server checks the same again. The Y-tunnus check digit is
 * the server's own code (src/accounts/business-id.ts), so the two can never disagree.
 */
import { assertBusinessId, InvalidBusinessIdError } from '../../../src/accounts/business-id.js';

export type FieldError =
  | 'nameRequired'
  | 'businessIdRequired'
  | 'businessIdFormat'
  | 'businessIdChecksum'
  | 'kindRequired'
  | 'emailRequired'
  | 'emailInvalid';

export function businessIdError(value: string): FieldError | undefined {
  if (value.trim() === '') return 'businessIdRequired';
  try {
    assertBusinessId(value.trim());
    return undefined;
  } catch (error) {
    if (error instanceof InvalidBusinessIdError && error.code === 'checksum') return 'businessIdChecksum';
    return 'businessIdFormat';
  }
}

export function emailError(value: string): FieldError | undefined {
  if (value.trim() === '') return 'emailRequired';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) && value.trim().length <= 254
    ? undefined
    : 'emailInvalid';
}

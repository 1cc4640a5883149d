/**
 * What the staff session derives from its token. The cookie's token itself comes from identity's
 * `newToken` and is stored only as `hashToken`; the CSRF token is derived from it as the customers' is,
 * under a label of its own so that the two can never be confused.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export function staffCsrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update('staff-csrf\0').update(sessionToken).digest('base64url');
}

export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Random bearer tokens (session cookies, invitation links) and what is derived from them. Only SHA-256
 * hashes of tokens are stored, so a copy of the database opens no session and accepts no invitation.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The session's CSRF token, derived from the session token: it changes with every session, needs no
 * storage, and does not reveal the cookie it comes from.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update('csrf\0').update(sessionToken).digest('base64url');
}

export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

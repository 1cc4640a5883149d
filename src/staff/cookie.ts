/**
 * The staff session cookie `tietolupa_staff`: HttpOnly, SameSite=Strict (the back office is never entered
 * through a cross-site form or link that needs the session), path /, and Secure whenever the service is
 * reached over HTTPS or runs in production — the same rule as the customers' cookie.
 *
 * While an OIDC login is under way, a second short-lived cookie holds its state, nonce and PKCE verifier
 * (signed; see oidc.ts). It must be SameSite=Lax: the IdP sends the browser back with a cross-site redirect.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export const STAFF_COOKIE = 'tietolupa_staff';
export const OIDC_PENDING_COOKIE = 'tietolupa_staff_oidc';
export const OIDC_COOKIE_PATH = '/api/back-office/login/oidc';

type CookieConfig = Pick<Config, 'environment' | 'publicBaseUrl'>;

function secure(config: CookieConfig, protocol: string): boolean {
  return (
    config.environment === 'production' || config.publicBaseUrl.startsWith('https:') || protocol === 'https'
  );
}

export function setStaffCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: CookieConfig & Pick<Config, 'sessionAbsoluteHours'>,
  token: string,
): void {
  reply.setCookie(STAFF_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config, request.protocol),
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

export function clearStaffCookie(reply: FastifyReply, request: FastifyRequest, config: CookieConfig): void {
  reply.clearCookie(STAFF_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config, request.protocol),
  });
}

export function setPendingOidcCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: CookieConfig,
  value: string,
  maxAgeSeconds: number,
): void {
  reply.setCookie(OIDC_PENDING_COOKIE, value, {
    path: OIDC_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(config, request.protocol),
    maxAge: maxAgeSeconds,
  });
}

export function clearPendingOidcCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: CookieConfig,
): void {
  reply.clearCookie(OIDC_PENDING_COOKIE, {
    path: OIDC_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(config, request.protocol),
  });
}

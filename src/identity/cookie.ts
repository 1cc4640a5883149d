/**
 * The session cookie: HttpOnly (scripts never see the token), SameSite=Lax (not sent on cross-site
 * POSTs), and Secure whenever the service is reached over HTTPS or runs in production.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'tietolupa_session';

type CookieConfig = Pick<Config, 'environment' | 'publicBaseUrl'>;

export function cookieSecure(config: CookieConfig, protocol: string): boolean {
  return (
    config.environment === 'production' || config.publicBaseUrl.startsWith('https:') || protocol === 'https'
  );
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: CookieConfig & Pick<Config, 'sessionAbsoluteHours'>,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config, request.protocol),
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: CookieConfig): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config, request.protocol),
  });
}

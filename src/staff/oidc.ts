/**
 * Staff login through the agency's OpenID Connect provider: authorization code flow with PKCE (S256), state
 * and nonce (openid-client). Only staff members already in staff_user (added by an administrator) or named in
 * STAFF_OIDC_ADMIN_SUBJECTS (the bootstrap: they are added as administrators at their first login) get in.
 *
 * GET /api/back-office/login/oidc?returnTo=/back-office   → 302 to the provider
 * GET /api/back-office/login/oidc/callback                → 302 to returnTo with the staff cookie, or to
 *     /back-office/login?error=<code>: not_registered (unknown subject), staff_disabled, cancelled (the
 *     person declined at the provider), login_failed (anything else: stale or forged response, provider down)
 *
 * The login in progress (state, nonce, PKCE verifier, return path) waits in a short-lived cookie bound to the
 * browser, signed with a key derived from the client secret, so any instance can finish it and nothing is
 * kept in memory. The callback accepts it once: the cookie is cleared whatever the outcome.
 */
import { createHash, createHmac } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { Type } from 'typebox';
import type { StaffOidcConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { clearPendingOidcCookie, OIDC_PENDING_COOKIE, setPendingOidcCookie } from './cookie.js';
import { completeStaffLogin, findOrAddStaff, type StaffLoginDeps, staffLoginRateLimit } from './login.js';
import { getStaffBySubject } from './queries.js';
import { sameToken } from './tokens.js';

export const OIDC_CALLBACK_PATH = '/api/back-office/login/oidc/callback';
const PENDING_TTL_SECONDS = 600;
export const BACK_OFFICE_HOME = '/back-office';
const LOGIN_PAGE = '/back-office/login';

export type OidcLoginError = 'not_registered' | 'staff_disabled' | 'cancelled' | 'login_failed';

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Only a path inside the back office: never another site (no open redirect). */
export function safeReturnTo(raw: string | undefined): string {
  if (!raw || !/^\/back-office(?:[/?#]|$)/.test(raw) || raw.includes('\\') || /[\r\n]/.test(raw)) {
    return BACK_OFFICE_HOME;
  }
  return raw;
}

export function oidcLoginRoutes(
  scope: FastifyInstance,
  deps: StaffLoginDeps & { logger: Logger },
  settings: StaffOidcConfig,
): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const redirectUri = `${deps.config.publicBaseUrl}${OIDC_CALLBACK_PATH}`;
  const key = createHash('sha256').update('staff-oidc-pending\0').update(settings.clientSecret).digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  // Discovered at the first login (a provider that is down must not stop the server from starting), then
  // kept; a failed discovery is tried again at the next login.
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        client.ClientSecretBasic(settings.clientSecret),
        {
          timeout: 10,
          ...(new URL(settings.issuer).protocol === 'http:'
            ? { execute: [client.allowInsecureRequests] }
            : {}),
        },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  const fail = (request: FastifyRequest, reply: FastifyReply, error: OidcLoginError) => {
    clearPendingOidcCookie(reply, request, deps.config);
    return reply.redirect(`${LOGIN_PAGE}?error=${error}`, 302);
  };

  app.get(
    '/api/back-office/login/oidc',
    {
      onRequest: staffLoginRateLimit(deps),
      schema: {
        querystring: Type.Object(
          { returnTo: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      let config: client.Configuration;
      try {
        config = await configuration();
      } catch (error) {
        deps.logger.warn({ err: error }, 'staff OIDC discovery failed');
        return fail(request, reply, 'login_failed');
      }
      const pending: PendingLogin = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo: safeReturnTo(request.query.returnTo),
        expiresAt: deps.clock.now().getTime() + PENDING_TTL_SECONDS * 1000,
      };
      const payload = Buffer.from(JSON.stringify(pending)).toString('base64url');
      setPendingOidcCookie(reply, request, deps.config, `${payload}.${sign(payload)}`, PENDING_TTL_SECONDS);
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        response_type: 'code',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(OIDC_CALLBACK_PATH, { onRequest: staffLoginRateLimit(deps) }, async (request, reply) => {
    const pending = readPending(request.cookies[OIDC_PENDING_COOKIE], sign, deps.clock.now());
    const query = request.query as Record<string, unknown>;
    if (!pending) return fail(request, reply, 'login_failed');
    if (typeof query.error === 'string') {
      return fail(request, reply, query.error === 'access_denied' ? 'cancelled' : 'login_failed');
    }
    let claims: client.IDToken;
    try {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(
        config,
        new URL(request.url, deps.config.publicBaseUrl),
        {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: redirectUri },
      );
      claims = tokens.claims() as client.IDToken;
    } catch (error) {
      // The provider's message only (it names no person); the response carried no personal data either.
      deps.logger.warn(
        { err: error instanceof Error ? error.message : 'unknown' },
        'staff OIDC login failed',
      );
      return fail(request, reply, 'login_failed');
    }

    const fromProvider = {
      name: typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim() : undefined,
      email: typeof claims.email === 'string' && claims.email.includes('@') ? claims.email : undefined,
    };
    let staff = await getStaffBySubject(deps.db.orm, 'oidc', claims.sub);
    if (!staff && settings.adminSubjects.includes(claims.sub)) {
      staff = await findOrAddStaff(deps, {
        provider: 'oidc',
        subject: claims.sub,
        name: fromProvider.name ?? claims.sub,
        email: fromProvider.email ?? '',
        role: 'admin',
      });
    }
    if (!staff) return fail(request, reply, 'not_registered');
    if (staff.disabledAt) return fail(request, reply, 'staff_disabled');
    clearPendingOidcCookie(reply, request, deps.config);
    await completeStaffLogin(deps, request, reply, staff, fromProvider);
    return reply.redirect(pending.returnTo, 302);
  });
}

function readPending(
  cookie: string | undefined,
  sign: (payload: string) => string,
  now: Date,
): PendingLogin | undefined {
  if (!cookie) return undefined;
  const [payload, signature] = cookie.split('.');
  if (!payload || !signature || !sameToken(signature, sign(payload))) return undefined;
  try {
    const pending = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PendingLogin;
    return pending.expiresAt > now.getTime() ? pending : undefined;
  } catch {
    return undefined;
  }
}

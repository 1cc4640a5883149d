/**
 * What every identification provider does once it has identified a person: start a session, set the cookie
 * and answer with the CSRF token. Login attempts (successful or not) are rate-limited per client address.
 */
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { type RateLimit, takeRequest } from '../access/index.js';
import type { AppDeps } from '../app.js';
import { SESSION_COOKIE, setSessionCookie } from './cookie.js';
import { loginRateLimited } from './errors.js';
import type { IdentifiedPerson } from './person.js';
import { endSessionByToken, startSession } from './sessions.js';

/** Login attempts per client address and minute (LOGIN_ATTEMPTS_PER_MINUTE), for customers and staff alike. */
export function loginLimit(config: Pick<AppDeps['config'], 'loginAttemptsPerMinute'>): RateLimit {
  return { limit: config.loginAttemptsPerMinute, windowSeconds: 60 };
}

export interface LoginResult {
  user: { id: string; firstNames: string; givenName: string; lastName: string };
  csrfToken: string;
  expiresAt: string;
}

export type LoginDeps = Pick<AppDeps, 'db' | 'config' | 'clock'>;

export function loginRateLimit(deps: LoginDeps): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const decision = await takeRequest(
      deps.db.orm,
      `login:${request.ip}`,
      loginLimit(deps.config),
      deps.clock.now(),
    );
    if (!decision.ok) {
      reply.header('retry-after', String(decision.retryAfterSeconds));
      throw loginRateLimited();
    }
  };
}

export async function completeLogin(
  deps: LoginDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  person: IdentifiedPerson,
  provider: string,
): Promise<LoginResult> {
  const now = deps.clock.now();
  const previous = request.cookies[SESSION_COOKIE];
  const session = await deps.db.orm.transaction(async (tx) => {
    if (previous) await endSessionByToken(tx, previous, now);
    return startSession(tx, person, provider, deps.config, now);
  });
  setSessionCookie(reply, request, deps.config, session.token);
  return {
    user: {
      id: session.userId,
      firstNames: person.firstNames,
      givenName: person.givenName,
      lastName: person.lastName,
    },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
  };
}

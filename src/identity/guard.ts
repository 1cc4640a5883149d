/**
 * Authentication for e-service routes, declared per route (`onRequest: auth.required`), so it runs before
 * the body is even parsed. A cookie-authenticated unsafe request must also carry the session's CSRF token in
 * X-CSRF-Token: a cross-site page can make the browser send the cookie, but it cannot read the token.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { AppDeps } from '../app.js';
import type { Language } from '../mail/index.js';
import { clearSessionCookie, SESSION_COOKIE } from './cookie.js';
import { csrfTokenInvalid, unauthenticated } from './errors.js';
import type { UserId } from './person.js';
import { resumeSessionByToken } from './sessions.js';
import { csrfTokenFor, sameToken } from './tokens.js';

/** The identified person behind a request. */
export interface Actor {
  userId: UserId;
  sessionId: string;
  firstNames: string;
  givenName: string;
  lastName: string;
  language: Language;
  csrfToken: string;
  /** The absolute timeout. */
  expiresAt: Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const actors = new WeakMap<FastifyRequest, Actor>();

export interface SessionSupport {
  /** onRequest hook: 401 without a live session, 403 for an unsafe method without the CSRF token. */
  required: onRequestAsyncHookHandler;
}

/** Registers cookie parsing in this scope and returns the hook that e-service routes declare. */
export async function sessionSupport(
  scope: FastifyInstance,
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
): Promise<SessionSupport> {
  await scope.register(fastifyCookie);
  return {
    async required(request, reply) {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) throw unauthenticated();
      const csrfToken = csrfTokenFor(token);
      // Checked before the session is touched: a forged request must not even extend the session.
      if (!SAFE_METHODS.has(request.method) && !sameToken(csrfHeader(request), csrfToken)) {
        throw csrfTokenInvalid();
      }
      const session = await resumeSessionByToken(deps.db.orm, token, deps.config, deps.clock.now());
      if (!session) {
        clearSessionCookie(reply, request, deps.config);
        throw unauthenticated();
      }
      actors.set(request, { ...session, csrfToken });
    },
  };
}

function csrfHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['x-csrf-token'];
  return typeof value === 'string' ? value : undefined;
}

/** The actor of a route that declared `onRequest: auth.required`. */
export function actorOf(request: FastifyRequest): Actor {
  const actor = actors.get(request);
  if (!actor) throw new Error('actorOf() on a route without the session guard');
  return actor;
}

/**
 * Authentication for back-office routes, declared per route (`onRequest: staff.required` or `staff.admin`),
 * so it runs before the body is parsed. Only the staff cookie counts: a customer's session is not a staff
 * session. A cookie-authenticated unsafe request must carry the staff session's CSRF token in X-CSRF-Token.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { AppDeps } from '../app.js';
import { clearStaffCookie, STAFF_COOKIE } from './cookie.js';
import { adminRequired, staffCsrfTokenInvalid, staffUnauthenticated } from './errors.js';
import type { StaffActor } from './model.js';
import { resumeStaffSessionByToken } from './sessions.js';
import { sameToken, staffCsrfTokenFor } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const actors = new WeakMap<FastifyRequest, StaffActor>();

export interface StaffSupport {
  /** 401 without a live staff session, 403 for an unsafe method without the CSRF token. */
  required: onRequestAsyncHookHandler;
  /** As `required`, and 403 `admin_required` unless the staff member is an administrator. */
  admin: onRequestAsyncHookHandler;
}

/** Registers cookie parsing in this scope and returns the hooks that back-office routes declare. */
export async function staffSupport(
  scope: FastifyInstance,
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
): Promise<StaffSupport> {
  if (!scope.hasDecorator('parseCookie')) await scope.register(fastifyCookie);
  const required: onRequestAsyncHookHandler = async (request, reply) => {
    const token = request.cookies[STAFF_COOKIE];
    if (!token) throw staffUnauthenticated();
    const csrfToken = staffCsrfTokenFor(token);
    // Checked before the session is touched: a forged request must not even extend the session.
    if (!SAFE_METHODS.has(request.method) && !sameToken(csrfHeader(request), csrfToken)) {
      throw staffCsrfTokenInvalid();
    }
    const session = await resumeStaffSessionByToken(deps.db.orm, token, deps.config, deps.clock.now());
    if (!session) {
      clearStaffCookie(reply, request, deps.config);
      throw staffUnauthenticated();
    }
    actors.set(request, { ...session, csrfToken });
  };
  return {
    required,
    async admin(request, reply) {
      await required.call(this, request, reply);
      if (staffOf(request).role !== 'admin') throw adminRequired();
    },
  };
}

function csrfHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['x-csrf-token'];
  return typeof value === 'string' ? value : undefined;
}

/** The staff member of a route that declared `onRequest: staff.required` (or `staff.admin`). */
export function staffOf(request: FastifyRequest): StaffActor {
  const actor = actors.get(request);
  if (!actor) throw new Error('staffOf() on a route without the staff session guard');
  return actor;
}

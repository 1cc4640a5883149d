/**
 * What every staff login does once the provider has vouched for a known, enabled staff member: end the
 * browser's previous staff session, start a new one and set the cookie. Who may enter is decided before
 * this, by the provider's own rules (dev-login.ts, oidc.ts).
 */
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { takeRequest } from '../access/index.js';
import type { AppDeps } from '../app.js';
import { loginLimit } from '../identity/login.js';
import { STAFF_COOKIE, setStaffCookie } from './cookie.js';
import { staffLoginRateLimited } from './errors.js';
import type { StaffProvider, StaffRole, StaffUser } from './model.js';
import { getStaffBySubject, insertStaffIfAbsent } from './queries.js';
import { endStaffSessionByToken, type StartedStaffSession, startStaffSession } from './sessions.js';

export type StaffLoginDeps = Pick<AppDeps, 'db' | 'config' | 'clock'>;

/** Login attempts, successful or not, per client address. */
export function staffLoginRateLimit(deps: StaffLoginDeps): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const decision = await takeRequest(
      deps.db.orm,
      `staff-login:${request.ip}`,
      loginLimit(deps.config),
      deps.clock.now(),
    );
    if (!decision.ok) {
      reply.header('retry-after', String(decision.retryAfterSeconds));
      throw staffLoginRateLimited();
    }
  };
}

export async function completeStaffLogin(
  deps: StaffLoginDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  staff: StaffUser,
  fromProvider: { name?: string | undefined; email?: string | undefined } = {},
): Promise<StartedStaffSession> {
  const now = deps.clock.now();
  const previous = request.cookies[STAFF_COOKIE];
  const session = await deps.db.orm.transaction(async (tx) => {
    if (previous) await endStaffSessionByToken(tx, previous, now);
    return startStaffSession(tx, staff, fromProvider, deps.config, now);
  });
  setStaffCookie(reply, request, deps.config, session.token);
  return session;
}

/** The staff member with this subject, added with these details when absent (bootstrap and development). */
export async function findOrAddStaff(
  deps: StaffLoginDeps,
  s: { provider: StaffProvider; subject: string; name: string; email: string; role: StaffRole },
): Promise<StaffUser> {
  return deps.db.orm.transaction(async (tx) => {
    const existing = await getStaffBySubject(tx, s.provider, s.subject);
    if (existing) return existing;
    const added = await insertStaffIfAbsent(tx, s, deps.clock.now());
    return added ?? ((await getStaffBySubject(tx, s.provider, s.subject)) as StaffUser);
  });
}

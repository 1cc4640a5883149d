/**
 * Staff sessions work as the customers' do (identity/sessions.ts), in their own table: a login creates a row
 * keyed by the SHA-256 of a fresh random token (the cookie); each request resumes it and restarts its idle
 * timeout; it ends at logout, after the idle timeout (SESSION_IDLE_MINUTES), at its absolute timeout
 * (SESSION_ABSOLUTE_HOURS), or when an administrator disables the staff member.
 */
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { hashToken, newToken, recordAudit } from '../identity/index.js';
import type { StaffUser } from './model.js';
import {
  insertStaffSession,
  type LiveStaffSession,
  resumeStaffSession,
  updateStaffLogin,
  updateStaffSessionEnded,
} from './queries.js';
import { staffCsrfTokenFor } from './tokens.js';

type SessionConfig = Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>;

export interface StartedStaffSession {
  /** Goes into the cookie and nowhere else. */
  token: string;
  csrfToken: string;
  sessionId: string;
  expiresAt: Date;
}

export async function startStaffSession(
  tx: Sql,
  staff: StaffUser,
  fromProvider: { name?: string | undefined; email?: string | undefined },
  config: SessionConfig,
  now: Date,
): Promise<StartedStaffSession> {
  await updateStaffLogin(tx, staff.id, fromProvider, now);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000);
  const sessionId = await insertStaffSession(
    tx,
    { staffUserId: staff.id, tokenHash: hashToken(token), expiresAt },
    now,
  );
  await recordAudit(tx, { actorUserId: staff.id, action: 'StaffLogin', targetId: sessionId }, now);
  return { token, csrfToken: staffCsrfTokenFor(token), sessionId, expiresAt };
}

export function resumeStaffSessionByToken(
  db: Sql,
  token: string,
  config: SessionConfig,
  now: Date,
): Promise<LiveStaffSession | undefined> {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  return resumeStaffSession(db, hashToken(token), now, idleCutoff);
}

export async function endStaffSession(
  tx: Sql,
  session: { sessionId: string; staffUserId: string },
  now: Date,
): Promise<void> {
  await updateStaffSessionEnded(tx, { id: session.sessionId }, now);
  await recordAudit(
    tx,
    { actorUserId: session.staffUserId, action: 'StaffLogout', targetId: session.sessionId },
    now,
  );
}

/** Ends whatever staff session the browser still had, so that a login never continues an old one. */
export function endStaffSessionByToken(tx: Sql, token: string, now: Date): Promise<void> {
  return updateStaffSessionEnded(tx, { tokenHash: hashToken(token) }, now);
}

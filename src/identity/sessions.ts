/**
 * Server-side sessions: a login creates a row keyed by the SHA-256 of a fresh random token (the cookie),
 * each request resumes it and restarts its idle timeout, and it ends at logout, after the idle timeout, or
 * at its absolute timeout, whichever comes first.
 */
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { recordAudit } from './audit.js';
import type { IdentifiedPerson, UserId } from './person.js';
import { insertSession, type LiveSession, resumeSession, updateSessionEnded, upsertUser } from './queries.js';
import { csrfTokenFor, hashToken, newToken } from './tokens.js';

type SessionConfig = Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>;

export interface StartedSession {
  /** Goes into the cookie and nowhere else. */
  token: string;
  csrfToken: string;
  sessionId: string;
  userId: UserId;
  expiresAt: Date;
}

/** Logs the person in: the user is found by hetu (or added), and a new session starts. */
export async function startSession(
  tx: Sql,
  person: IdentifiedPerson,
  provider: string,
  config: SessionConfig,
  now: Date,
): Promise<StartedSession> {
  const userId = await upsertUser(tx, person, now);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000);
  const sessionId = await insertSession(
    tx,
    { userId, tokenHash: hashToken(token), provider, expiresAt },
    now,
  );
  await recordAudit(tx, { actorUserId: userId, action: 'SessionLogin', targetId: sessionId }, now);
  return { token, csrfToken: csrfTokenFor(token), sessionId, userId, expiresAt };
}

export function resumeSessionByToken(
  db: Sql,
  token: string,
  config: SessionConfig,
  now: Date,
): Promise<LiveSession | undefined> {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  return resumeSession(db, hashToken(token), now, idleCutoff);
}

export async function endSession(tx: Sql, session: { sessionId: string; userId: UserId }, now: Date) {
  await updateSessionEnded(tx, { id: session.sessionId }, now);
  await recordAudit(
    tx,
    { actorUserId: session.userId, action: 'SessionLogout', targetId: session.sessionId },
    now,
  );
}

/** Ends whatever session the browser still had, so that a login never continues an old session. */
export function endSessionByToken(tx: Sql, token: string, now: Date): Promise<void> {
  return updateSessionEnded(tx, { tokenHash: hashToken(token) }, now);
}

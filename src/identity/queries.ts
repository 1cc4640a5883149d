/** Every statement on app_user and session. */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { Language } from '../mail/index.js';
import type { IdentifiedPerson, UserId } from './person.js';

/** Finds the person by hetu, or adds them; names (and a language, if given) are refreshed at every login. */
export async function upsertUser(tx: Sql, person: IdentifiedPerson, now: Date): Promise<UserId> {
  const [row] = await query<{ id: UserId }>(
    tx,
    sql`INSERT INTO app_user (hetu, first_names, given_name, last_name, language, created_at, last_login_at)
        VALUES (${person.hetu}, ${person.firstNames}, ${person.givenName}, ${person.lastName},
                ${person.language ?? 'fi'}, ${now.toISOString()}, ${now.toISOString()})
        ON CONFLICT (hetu) DO UPDATE SET first_names = EXCLUDED.first_names, given_name = EXCLUDED.given_name,
          last_name = EXCLUDED.last_name, last_login_at = EXCLUDED.last_login_at,
          language = COALESCE(${person.language ?? null}, app_user.language)
        RETURNING id`,
  );
  return row?.id as UserId;
}

export async function insertSession(
  tx: Sql,
  s: { userId: UserId; tokenHash: string; provider: string; expiresAt: Date },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO session (user_id, token_hash, provider, created_at, last_seen_at, expires_at)
        VALUES (${s.userId}, ${s.tokenHash}, ${s.provider}, ${now.toISOString()}, ${now.toISOString()},
                ${s.expiresAt.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

export interface LiveSession {
  sessionId: string;
  userId: UserId;
  expiresAt: Date;
  firstNames: string;
  givenName: string;
  lastName: string;
  language: Language;
}

/**
 * The live session with this token hash, touched (its idle timeout restarts); undefined when there is none,
 * it ended, it was idle since before `idleCutoff`, or its absolute timeout passed.
 */
export async function resumeSession(
  db: Sql,
  tokenHash: string,
  now: Date,
  idleCutoff: Date,
): Promise<LiveSession | undefined> {
  const [row] = await query<{
    id: string;
    user_id: UserId;
    expires_at: string | Date;
    first_names: string;
    given_name: string;
    last_name: string;
    language: Language;
  }>(
    db,
    sql`UPDATE session AS s SET last_seen_at = ${now.toISOString()}
        FROM app_user AS u
        WHERE s.token_hash = ${tokenHash} AND u.id = s.user_id AND s.ended_at IS NULL
          AND s.expires_at > ${now.toISOString()} AND s.last_seen_at > ${idleCutoff.toISOString()}
        RETURNING s.id, s.user_id, s.expires_at, u.first_names, u.given_name, u.last_name, u.language`,
  );
  return (
    row && {
      sessionId: row.id,
      userId: row.user_id,
      expiresAt: new Date(row.expires_at),
      firstNames: row.first_names,
      givenName: row.given_name,
      lastName: row.last_name,
      language: row.language,
    }
  );
}

export async function updateSessionEnded(db: Sql, by: { id: string } | { tokenHash: string }, now: Date) {
  await db.execute(
    'id' in by
      ? sql`UPDATE session SET ended_at = ${now.toISOString()} WHERE id = ${by.id} AND ended_at IS NULL`
      : sql`UPDATE session SET ended_at = ${now.toISOString()} WHERE token_hash = ${by.tokenHash} AND ended_at IS NULL`,
  );
}

/** Every statement on staff_user and staff_session. */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { StaffProvider, StaffRole, StaffUser } from './model.js';

interface StaffRow {
  id: string;
  provider: StaffProvider;
  subject: string;
  name: string;
  email: string;
  role: StaffRole;
  disabled_at: string | Date | null;
  created_at: string | Date;
  last_login_at: string | Date | null;
}

const dateOrNull = (v: string | Date | null) => (v === null ? null : new Date(v));

const toStaff = (r: StaffRow): StaffUser => ({
  id: r.id,
  provider: r.provider,
  subject: r.subject,
  name: r.name,
  email: r.email,
  role: r.role,
  disabledAt: dateOrNull(r.disabled_at),
  createdAt: new Date(r.created_at),
  lastLoginAt: dateOrNull(r.last_login_at),
});

const COLUMNS = sql`id, provider, subject, name, email, role, disabled_at, created_at, last_login_at`;

export async function getStaffBySubject(
  db: Sql,
  provider: StaffProvider,
  subject: string,
): Promise<StaffUser | undefined> {
  const [row] = await query<StaffRow>(
    db,
    sql`SELECT ${COLUMNS} FROM staff_user WHERE provider = ${provider} AND subject = ${subject}`,
  );
  return row && toStaff(row);
}

export async function getStaffById(
  db: Sql,
  id: string,
  options: { lock?: boolean } = {},
): Promise<StaffUser | undefined> {
  const [row] = await query<StaffRow>(
    db,
    sql`SELECT ${COLUMNS} FROM staff_user WHERE id = ${id} ${options.lock ? sql`FOR UPDATE` : sql``}`,
  );
  return row && toStaff(row);
}

export async function listStaff(db: Sql): Promise<StaffUser[]> {
  const rows = await query<StaffRow>(
    db,
    sql`SELECT ${COLUMNS} FROM staff_user ORDER BY disabled_at IS NOT NULL, name, id`,
  );
  return rows.map(toStaff);
}

/** Undefined when the provider already has this subject (also when it was added concurrently). */
export async function insertStaffIfAbsent(
  tx: Sql,
  s: { provider: StaffProvider; subject: string; name: string; email: string; role: StaffRole },
  now: Date,
): Promise<StaffUser | undefined> {
  const [row] = await query<StaffRow>(
    tx,
    sql`INSERT INTO staff_user (provider, subject, name, email, role, created_at)
        VALUES (${s.provider}, ${s.subject}, ${s.name}, ${s.email}, ${s.role}, ${now.toISOString()})
        ON CONFLICT (provider, subject) DO NOTHING
        RETURNING ${COLUMNS}`,
  );
  return row && toStaff(row);
}

/** A login: the time, and the name and e-mail the provider now gives (when it gives them). */
export async function updateStaffLogin(
  tx: Sql,
  id: string,
  fromProvider: { name?: string | undefined; email?: string | undefined },
  now: Date,
): Promise<void> {
  await tx.execute(
    sql`UPDATE staff_user SET last_login_at = ${now.toISOString()},
          name = COALESCE(${fromProvider.name ?? null}, name), email = COALESCE(${fromProvider.email ?? null}, email)
        WHERE id = ${id}`,
  );
}

export async function updateStaff(
  tx: Sql,
  id: string,
  change: { role?: StaffRole | undefined; disabled?: boolean | undefined },
  now: Date,
): Promise<StaffUser | undefined> {
  const sets = [sql`role = COALESCE(${change.role ?? null}, role)`];
  if (change.disabled === true) sets.push(sql`disabled_at = COALESCE(disabled_at, ${now.toISOString()})`);
  if (change.disabled === false) sets.push(sql`disabled_at = NULL`);
  const [row] = await query<StaffRow>(
    tx,
    sql`UPDATE staff_user SET ${sql.join(sets, sql`, `)} WHERE id = ${id} RETURNING ${COLUMNS}`,
  );
  return row && toStaff(row);
}

export async function insertStaffSession(
  tx: Sql,
  s: { staffUserId: string; tokenHash: string; expiresAt: Date },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO staff_session (staff_user_id, token_hash, created_at, last_seen_at, expires_at)
        VALUES (${s.staffUserId}, ${s.tokenHash}, ${now.toISOString()}, ${now.toISOString()},
                ${s.expiresAt.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

export interface LiveStaffSession {
  sessionId: string;
  staffUserId: string;
  expiresAt: Date;
  name: string;
  email: string;
  role: StaffRole;
}

/**
 * The live session with this token hash, touched (its idle timeout restarts); undefined when there is none,
 * it ended, was idle since before `idleCutoff`, passed its absolute timeout, or its staff member is disabled.
 */
export async function resumeStaffSession(
  db: Sql,
  tokenHash: string,
  now: Date,
  idleCutoff: Date,
): Promise<LiveStaffSession | undefined> {
  const [row] = await query<{
    id: string;
    staff_user_id: string;
    expires_at: string | Date;
    name: string;
    email: string;
    role: StaffRole;
  }>(
    db,
    sql`UPDATE staff_session AS s SET last_seen_at = ${now.toISOString()}
        FROM staff_user AS u
        WHERE s.token_hash = ${tokenHash} AND u.id = s.staff_user_id AND s.ended_at IS NULL
          AND u.disabled_at IS NULL
          AND s.expires_at > ${now.toISOString()} AND s.last_seen_at > ${idleCutoff.toISOString()}
        RETURNING s.id, s.staff_user_id, s.expires_at, u.name, u.email, u.role`,
  );
  return (
    row && {
      sessionId: row.id,
      staffUserId: row.staff_user_id,
      expiresAt: new Date(row.expires_at),
      name: row.name,
      email: row.email,
      role: row.role,
    }
  );
}

export async function updateStaffSessionEnded(
  db: Sql,
  by: { id: string } | { tokenHash: string } | { staffUserId: string },
  now: Date,
): Promise<void> {
  const where =
    'id' in by
      ? sql`id = ${by.id}`
      : 'tokenHash' in by
        ? sql`token_hash = ${by.tokenHash}`
        : sql`staff_user_id = ${by.staffUserId}`;
  await db.execute(
    sql`UPDATE staff_session SET ended_at = ${now.toISOString()} WHERE ${where} AND ended_at IS NULL`,
  );
}

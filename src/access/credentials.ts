/**
 * API credentials: the username/password that VTJkysely sends in its body and the change interface in
 * MUTP-Tunnus/MUTP-Salasana or Basic authorization. Generated here, shown once, stored as argon2id hashes.
 * Rotation issues a new credential and keeps the old one valid for an overlap; revocation ends it now.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';

export interface IssuedCredential {
  id: string;
  username: string;
  /** Shown to the customer once; only its hash is stored. */
  password: string;
}

export interface StoredCredential {
  id: string;
  permitId: string;
  username: string;
  passwordHash: string;
  expiresAt: Date | null;
}

/** How long a rotated credential keeps working beside its successor. */
export const DEFAULT_ROTATION_OVERLAP_HOURS = 7 * 24;

const USERNAME_PREFIX = { muutosrajapinta: 'mutp', vtjkysely: 'vtjk' } as const;

export async function issueCredential(
  tx: Sql,
  permit: { id: string; interface: keyof typeof USERNAME_PREFIX },
  now: Date,
  fixed?: { username: string; password: string },
): Promise<IssuedCredential> {
  const username =
    fixed?.username ?? `${USERNAME_PREFIX[permit.interface]}-${randomBytes(5).toString('hex')}`;
  const password = fixed?.password ?? randomBytes(24).toString('base64url');
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO api_credential (permit_id, username, password_hash, created_at)
        VALUES (${permit.id}, ${username}, ${await hash(password)}, ${now.toISOString()}) RETURNING id`,
  );
  return { id: row?.id as string, username, password };
}

/** A new credential for the same permit; the old one stays valid until the overlap ends. */
export async function rotateCredential(
  tx: Sql,
  credentialId: string,
  now: Date,
  overlapHours = DEFAULT_ROTATION_OVERLAP_HOURS,
): Promise<IssuedCredential | undefined> {
  const [old] = await query<{ permit_id: string; interface: 'muutosrajapinta' | 'vtjkysely' }>(
    tx,
    sql`SELECT c.permit_id, p.interface FROM api_credential c JOIN permit p ON p.id = c.permit_id
        WHERE c.id = ${credentialId} AND (c.expires_at IS NULL OR c.expires_at > ${now.toISOString()}) FOR UPDATE OF c`,
  );
  if (!old) return undefined;
  const until = new Date(now.getTime() + overlapHours * 3_600_000);
  await tx.execute(
    sql`UPDATE api_credential SET expires_at = ${until.toISOString()} WHERE id = ${credentialId}`,
  );
  return issueCredential(tx, { id: old.permit_id, interface: old.interface }, now);
}

/** Ends a credential at once. Returns false when there was no live credential with that id. */
export async function revokeCredential(tx: Sql, credentialId: string, now: Date): Promise<boolean> {
  const rows = await query<{ id: string }>(
    tx,
    sql`UPDATE api_credential SET expires_at = ${now.toISOString()}
        WHERE id = ${credentialId} AND (expires_at IS NULL OR expires_at > ${now.toISOString()}) RETURNING id`,
  );
  return rows.length === 1;
}

export async function listLiveCredentials(db: Sql, username: string, now: Date): Promise<StoredCredential[]> {
  const rows = await query<{
    id: string;
    permit_id: string;
    username: string;
    password_hash: string;
    expires_at: string | Date | null;
  }>(
    db,
    sql`SELECT id, permit_id, username, password_hash, expires_at FROM api_credential
        WHERE username = ${username} AND (expires_at IS NULL OR expires_at > ${now.toISOString()})`,
  );
  return rows.map((r) => ({
    id: r.id,
    permitId: r.permit_id,
    username: r.username,
    passwordHash: r.password_hash,
    expiresAt: r.expires_at === null ? null : new Date(r.expires_at),
  }));
}

/**
 * argon2 costs tens of milliseconds by design; an interface client sends the same password on every call.
 * A verified (hash, password) pair is remembered for a minute in this process, keyed by a SHA-256 of both:
 * the password itself is never kept. Revocation still takes effect at once: the stored row is read on every
 * request, and only the hash comparison is skipped.
 */
const VERIFIED_TTL_MS = 60_000;
const verified = new Map<string, number>();

export async function passwordMatches(stored: StoredCredential, password: string): Promise<boolean> {
  const key = createHash('sha256').update(stored.passwordHash).update('\0').update(password).digest('base64');
  const until = verified.get(key);
  const nowMs = Date.now();
  if (until !== undefined && until > nowMs) return true;
  const ok = await verify(stored.passwordHash, password).catch(() => false);
  if (ok) {
    if (verified.size > 10_000) verified.clear();
    verified.set(key, nowMs + VERIFIED_TTL_MS);
  }
  return ok;
}

/** Small facts about the register kept in `register_state`: how it was generated, how far it has been simulated. */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';

export async function getState<T>(db: Sql, key: string): Promise<T | undefined> {
  const [row] = await query<{ value: T | string }>(
    db,
    sql`SELECT value FROM register_state WHERE key = ${key}`,
  );
  if (!row) return undefined;
  return (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as T;
}

export async function setState(db: Sql, key: string, value: unknown, now: Date): Promise<void> {
  await db.execute(
    sql`INSERT INTO register_state (key, value, created_at, updated_at)
        VALUES (${key}, ${JSON.stringify(value)}::json, ${now.toISOString()}, ${now.toISOString()})
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
  );
}

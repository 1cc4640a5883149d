/**
 * Per-connection request limits, counted in the database so that they hold across instances: one row per
 * (key, window), incremented atomically. Over the limit → 429 with an integer Retry-After of at most 600
 * seconds, which real clients expect (eVaka retries only then).
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export async function takeRequest(db: Sql, key: string, rule: RateLimit, now: Date): Promise<RateDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await query<{ count: number }>(
    db,
    sql`INSERT INTO rate_limit_window (key, window_start, count, created_at)
        VALUES (${key}, ${start.toISOString()}, 1, ${now.toISOString()})
        ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_window.count + 1
        RETURNING count`,
  );
  const count = Number(row?.count ?? 1);
  if (count <= rule.limit) return { ok: true, remaining: rule.limit - count };
  const retryAfter = Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000);
  return { ok: false, retryAfterSeconds: Math.min(600, Math.max(1, retryAfter)) };
}

/** Forgets finished windows; run now and then (the counters are only useful while their window lasts). */
export async function pruneRateLimits(db: Sql, now: Date, keepSeconds = 3600): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limit_window WHERE window_start < ${new Date(now.getTime() - keepSeconds * 1000).toISOString()}`,
  );
}

/**
 * Every SQL statement of the disclosure log; nothing else touches its tables. Values are bound, never
 * concatenated. Timestamps are read as text (see `canonicalTimestamp`) so both drivers return the same
 * string, to the microsecond.
 */
import { type SQL, sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { type ChainedFields, canonicalTimestamp } from './chain.js';

/** Names the writer lock; distinct from the migration lock (7261001) and the change log's (7261002). */
const WRITER_LOCK = 7_261_003;
/** Keeps two retention runs from overlapping. Appends do not wait for it. */
const PRUNE_LOCK = 7_261_004;

export interface StoredEntry extends ChainedFields {
  prevHash: string;
  hash: string;
}

export interface ChainPoint {
  seq: number;
  hash: string;
}

type Int8 = string | number | bigint;

interface EntryRow {
  seq: Int8;
  disclosed_at: string;
  permit_id: string;
  organisation_id: string;
  connection_id: string | null;
  end_user: string | null;
  end_customer: string | null;
  interface: string;
  operation: string;
  hetus: (string | null)[];
  data_groups: (string | null)[];
  prev_hash: string;
  hash: string;
  created_at: string;
}

const entryColumns = sql`seq,
  to_char(disclosed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS disclosed_at,
  permit_id, organisation_id, connection_id, end_user, end_customer, interface, operation, hetus, data_groups,
  prev_hash, hash,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at`;

function toEntry(r: EntryRow): StoredEntry {
  return {
    seq: Number(r.seq),
    disclosedAt: canonicalTimestamp(r.disclosed_at),
    permitId: r.permit_id,
    organisationId: r.organisation_id,
    connectionId: r.connection_id,
    endUser: r.end_user,
    endCustomer: r.end_customer,
    interface: r.interface,
    operation: r.operation,
    hetus: r.hetus,
    dataGroups: r.data_groups,
    prevHash: r.prev_hash,
    hash: r.hash,
    createdAt: canonicalTimestamp(r.created_at),
  };
}

/**
 * A text[] value bound as ONE parameter (a large hetu list must not become thousands of parameters), with
 * every item quoted, so any text survives.
 */
export function textArrayLiteral(items: readonly string[]): string {
  for (const item of items) if (item.includes('\0')) throw new RangeError('text must not contain NUL');
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** Serialises appends until the caller's transaction ends. */
export async function lockWriter(tx: Sql): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`);
}

export async function lockPrune(tx: Sql): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${PRUNE_LOCK})`);
}

/**
 * The head (undefined before the first append) and the database clock, truncated to milliseconds.
 * Must be its own statement AFTER `lockWriter`: a READ COMMITTED statement sees what committed before it
 * started, so this read sees the previous writer's head.
 */
export async function getHeadAndClock(tx: Sql): Promise<{ head: ChainPoint | undefined; now: string }> {
  const [row] = await query<{ seq: Int8 | null; hash: string | null; now: string }>(
    tx,
    sql`SELECT h.seq, h.hash,
          to_char(date_trunc('milliseconds', clock_timestamp()) AT TIME ZONE 'UTC',
                  'YYYY-MM-DD"T"HH24:MI:SS.US') AS now
        FROM (SELECT 1) AS one LEFT JOIN disclosure_head AS h ON true`,
  );
  if (!row) throw new Error('no row');
  return {
    head: row.seq == null || row.hash == null ? undefined : { seq: Number(row.seq), hash: row.hash },
    now: canonicalTimestamp(row.now),
  };
}

export async function getHead(db: Sql): Promise<ChainPoint | undefined> {
  const [row] = await query<{ seq: Int8; hash: string }>(db, sql`SELECT seq, hash FROM disclosure_head`);
  return row && { seq: Number(row.seq), hash: row.hash };
}

export async function insertEntry(tx: Sql, e: StoredEntry): Promise<void> {
  await tx.execute(
    sql`INSERT INTO disclosure (seq, disclosed_at, permit_id, organisation_id, connection_id, end_user,
          end_customer, interface, operation, hetus, data_groups, prev_hash, hash, created_at)
        VALUES (${e.seq}, ${e.disclosedAt}, ${e.permitId}, ${e.organisationId}, ${e.connectionId},
          ${e.endUser}, ${e.endCustomer}, ${e.interface}, ${e.operation},
          ${textArrayLiteral(e.hetus as string[])}::text[], ${textArrayLiteral(e.dataGroups as string[])}::text[],
          ${e.prevHash}, ${e.hash}, ${e.createdAt})`,
  );
}

export async function insertHead(tx: Sql, point: ChainPoint, now: string): Promise<void> {
  await tx.execute(
    sql`INSERT INTO disclosure_head (id, seq, hash, created_at, updated_at)
        VALUES (true, ${point.seq}, ${point.hash}, ${now}, ${now})`,
  );
}

export async function updateHead(tx: Sql, point: ChainPoint, now: string): Promise<void> {
  const rows = await query<{ seq: Int8 }>(
    tx,
    sql`UPDATE disclosure_head SET seq = ${point.seq}, hash = ${point.hash}, updated_at = ${now}
        WHERE id RETURNING seq`,
  );
  if (rows.length !== 1) throw new Error('disclosure_head: expected exactly one row');
}

/** Entries after a seq, oldest first; with `through`, only up to and including that seq. */
export async function listEntriesAfter(
  db: Sql,
  after: number,
  limit: number,
  through?: number,
): Promise<StoredEntry[]> {
  const upper = through === undefined ? sql`` : sql`AND seq <= ${through}`;
  const rows = await query<EntryRow>(
    db,
    sql`SELECT ${entryColumns} FROM disclosure WHERE seq > ${after} ${upper} ORDER BY seq LIMIT ${limit}`,
  );
  return rows.map(toEntry);
}

/** The seq of an entry other than `except` whose hash is `hash` (a full scan: only used after a failure). */
export async function findSeqByHash(db: Sql, hash: string, except: number): Promise<number | undefined> {
  const [row] = await query<{ seq: Int8 }>(
    db,
    sql`SELECT seq FROM disclosure WHERE hash = ${hash} AND seq <> ${except} LIMIT 1`,
  );
  return row ? Number(row.seq) : undefined;
}

export async function getFirstSeq(db: Sql): Promise<number | undefined> {
  const [row] = await query<{ seq: Int8 | null }>(db, sql`SELECT min(seq) AS seq FROM disclosure`);
  return row?.seq == null ? undefined : Number(row.seq);
}

export async function getLastSeq(db: Sql): Promise<number | undefined> {
  const [row] = await query<{ seq: Int8 | null }>(db, sql`SELECT max(seq) AS seq FROM disclosure`);
  return row?.seq == null ? undefined : Number(row.seq);
}

/** The newest checkpoint below `seq` (or the newest of all when `seq` is undefined). */
export async function getCheckpointBefore(db: Sql, seq: number | undefined): Promise<ChainPoint | undefined> {
  const below = seq === undefined ? sql`` : sql`WHERE seq < ${seq}`;
  const [row] = await query<{ seq: Int8; hash: string }>(
    db,
    sql`SELECT seq, hash FROM disclosure_checkpoint ${below} ORDER BY seq DESC LIMIT 1`,
  );
  return row && { seq: Number(row.seq), hash: row.hash };
}

/** The first entry disclosed at or after `horizon`, in log order (walks the old prefix, not the young rest). */
export async function getFirstSeqAtOrAfter(db: Sql, horizon: Date): Promise<number | undefined> {
  const [row] = await query<{ seq: Int8 }>(
    db,
    sql`SELECT seq FROM disclosure WHERE disclosed_at >= ${horizon.toISOString()} ORDER BY seq LIMIT 1`,
  );
  return row ? Number(row.seq) : undefined;
}

/** Opens the retention override for the rest of this transaction only (see the append-only migration). */
export async function allowRetentionDelete(tx: Sql): Promise<void> {
  await tx.execute(sql`SELECT set_config('tietolupa.retention', 'on', true)`);
}

export async function insertCheckpoint(
  tx: Sql,
  c: { seq: number; horizon: Date; removed: number; now: Date },
): Promise<ChainPoint> {
  const [row] = await query<{ seq: Int8; hash: string }>(
    tx,
    sql`INSERT INTO disclosure_checkpoint (seq, hash, horizon, removed, created_at)
        SELECT seq, hash, ${c.horizon.toISOString()}::timestamptz, ${c.removed}::bigint, ${c.now.toISOString()}::timestamptz
        FROM disclosure WHERE seq = ${c.seq}
        RETURNING seq, hash`,
  );
  if (!row) throw new Error(`disclosure_checkpoint: no entry ${c.seq}`);
  return { seq: Number(row.seq), hash: row.hash };
}

/** Deletes every entry up to and including `seq`; returns how many. */
export async function deleteEntriesThrough(tx: Sql, seq: number): Promise<number> {
  const [row] = await query<{ n: Int8 }>(
    tx,
    sql`WITH gone AS (DELETE FROM disclosure WHERE seq <= ${seq} RETURNING 1) SELECT count(*) AS n FROM gone`,
  );
  return Number(row?.n ?? 0);
}

export interface EntryFilter {
  hetu?: string;
  organisationId?: string;
  from?: Date;
  to?: Date;
  before?: number;
  limit: number;
}

/** Newest first; keyset paging by seq. */
export async function searchEntries(db: Sql, f: EntryFilter): Promise<StoredEntry[]> {
  const where: SQL[] = [sql`true`];
  if (f.hetu !== undefined) where.push(sql`hetus @> ${textArrayLiteral([f.hetu])}::text[]`);
  if (f.organisationId !== undefined) where.push(sql`organisation_id = ${f.organisationId}`);
  if (f.from !== undefined) where.push(sql`disclosed_at >= ${f.from.toISOString()}`);
  if (f.to !== undefined) where.push(sql`disclosed_at < ${f.to.toISOString()}`);
  if (f.before !== undefined) where.push(sql`seq < ${f.before}`);
  const rows = await query<EntryRow>(
    db,
    sql`SELECT ${entryColumns} FROM disclosure WHERE ${sql.join(where, sql` AND `)}
        ORDER BY seq DESC LIMIT ${f.limit}`,
  );
  return rows.map(toEntry);
}

/**
 * The append-only change log behind VTJ-muutosrajapinta.
 *
 * Guarantee: a reader that pages by cursor (kirjausavain) sees every change exactly once, in order, even
 * while many writers commit concurrently. With a plain sequence that fails: writer A takes key 10, writer B
 * takes key 11 and commits first, a reader sees 11 and moves past 10 before A commits. So writers are
 * serialised on one transaction-scoped advisory lock taken just before the insert and held until commit:
 * keys are then handed out in commit order, and every snapshot shows a gap-free prefix of the log. The lock
 * is held only from the insert to the commit, so the rest of a writer's transaction runs in parallel.
 */
import { type SQL, sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { GroupRecord } from './records.js';

/** Any constant unique in this database; names the change-log writer lock. */
const CHANGE_LOG_WRITER_LOCK = 7_261_002;

export interface NewChange {
  personId: number;
  /** The hetu the change is keyed by: for a hetu correction, the old one. */
  hetu: string;
  event: string;
  /** Home municipalities the change concerns, before and after. */
  municipalities: readonly string[];
  changedAt: Date;
  /** The person was under turvakielto after this change: location fields are withheld from it for good. */
  turvakielto: boolean;
  tietoryhmat: readonly GroupRecord[];
}

export interface Change extends NewChange {
  kirjausavain: number;
}

/**
 * Appends changes and returns their cursors. Must run inside a transaction (`db.transaction(tx => …)`):
 * the writer lock is released at commit, which is what keeps cursors in commit order.
 */
export async function appendChanges(tx: Sql, now: Date, changes: readonly NewChange[]): Promise<number[]> {
  if (changes.length === 0) return [];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHANGE_LOG_WRITER_LOCK})`);
  const values: SQL[] = changes.map(
    (c) =>
      sql`(${c.personId}, ${c.hetu}, ${c.event}, ${pgTextArray(c.municipalities)}::text[], ${c.changedAt.toISOString()}, ${c.turvakielto}, ${JSON.stringify(c.tietoryhmat)}::json, ${now.toISOString()})`,
  );
  const rows = await query<{ kirjausavain: string | number }>(
    tx,
    sql`INSERT INTO person_change (person_id, hetu, event, municipalities, changed_at, turvakielto, tietoryhmat, created_at)
        VALUES ${sql.join(values, sql`, `)} RETURNING kirjausavain`,
  );
  return rows.map((r) => Number(r.kirjausavain));
}

/**
 * A text[] value bound as ONE parameter (a 100 000-hetu list would overflow the 65 535-parameter limit if
 * each item were its own). Items are codes (hetus, kuntakoodit) made of [0-9A-Z+-] only; anything else is
 * refused rather than quoted.
 */
export function pgTextArray(items: readonly string[]): string {
  for (const item of items) if (!/^[0-9A-Z+-]+$/.test(item)) throw new RangeError('not a code');
  return `{${items.join(',')}}`;
}

/** Changes after a cursor, oldest first, optionally only for some hetus. */
export async function listChangesAfter(
  db: Sql,
  options: { after: number; hetus?: readonly string[]; limit: number },
): Promise<Change[]> {
  const filter = options.hetus ? sql`AND hetu = ANY(${pgTextArray(options.hetus)}::text[])` : sql``;
  const rows = await query<ChangeRow>(
    db,
    sql`SELECT kirjausavain, person_id, hetu, event, municipalities, changed_at, turvakielto, tietoryhmat
        FROM person_change WHERE kirjausavain > ${options.after} ${filter}
        ORDER BY kirjausavain LIMIT ${options.limit}`,
  );
  return rows.map(toChange);
}

/**
 * One page of the log for a reader, and the log's head, read in ONE statement so that both come from the
 * same snapshot: when the page is not full, no change up to `head` matching the filter is left out of it, so
 * the reader may continue from `head` (a change committed meanwhile gets a higher key). Filters: the hetus a
 * change is keyed by, and the home municipalities it concerns (before or after). Each array is bound as one
 * parameter.
 */
export async function readChangePage(
  db: Sql,
  options: { after: number; limit: number; hetus?: readonly string[]; municipalities?: readonly string[] },
): Promise<{ changes: Change[]; head: number }> {
  const byHetu = options.hetus ? sql`AND hetu = ANY(${pgTextArray(options.hetus)}::text[])` : sql``;
  const byMunicipality = options.municipalities
    ? sql`AND municipalities && ${pgTextArray(options.municipalities)}::text[]`
    : sql``;
  const rows = await query<Partial<ChangeRow> & { head: string | number | null }>(
    db,
    sql`SELECT log.head, page.*
        FROM (SELECT max(kirjausavain) AS head FROM person_change) log
        LEFT JOIN LATERAL (
          SELECT kirjausavain, person_id, hetu, event, municipalities, changed_at, turvakielto, tietoryhmat
          FROM person_change WHERE kirjausavain > ${options.after} ${byHetu} ${byMunicipality}
          ORDER BY kirjausavain LIMIT ${options.limit}
        ) page ON true
        ORDER BY page.kirjausavain`,
  );
  const head = rows[0]?.head;
  return {
    changes: rows.filter((r) => r.kirjausavain != null).map((r) => toChange(r as ChangeRow)),
    head: head == null ? FIRST_CURSOR - 1 : Number(head),
  };
}

/** The newest cursor in the log, or the one before the first key when the log is empty. */
export async function latestCursor(db: Sql): Promise<number> {
  const [row] = await query<{ k: string | number | null }>(
    db,
    sql`SELECT max(kirjausavain) AS k FROM person_change`,
  );
  return row?.k == null ? FIRST_CURSOR - 1 : Number(row.k);
}

/** The cursor from which `listChangesAfter` returns the changes that happened at or after `instant`. */
export async function cursorBefore(db: Sql, instant: Date): Promise<number> {
  const [row] = await query<{ k: string | number | null }>(
    db,
    sql`SELECT max(kirjausavain) AS k FROM person_change WHERE changed_at < ${instant.toISOString()}`,
  );
  return row?.k == null ? FIRST_CURSOR - 1 : Number(row.k);
}

/** The first key the sequence hands out (see tables.ts). */
export const FIRST_CURSOR = 5_000_000_001;

interface ChangeRow {
  kirjausavain: string | number;
  person_id: string | number;
  hetu: string;
  event: string;
  municipalities: string[];
  changed_at: string | Date;
  turvakielto: boolean;
  tietoryhmat: GroupRecord[] | string;
}

function toChange(r: ChangeRow): Change {
  return {
    kirjausavain: Number(r.kirjausavain),
    personId: Number(r.person_id),
    hetu: r.hetu,
    event: r.event,
    municipalities: r.municipalities,
    changedAt: new Date(r.changed_at),
    turvakielto: r.turvakielto,
    tietoryhmat: typeof r.tietoryhmat === 'string' ? JSON.parse(r.tietoryhmat) : r.tietoryhmat,
  };
}

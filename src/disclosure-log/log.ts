/**
 * Writing and searching the disclosure log.
 *
 * Every disclosure of population data is appended INSIDE the transaction that produces the response
 * (DESIGN invariant 4; STYLE: not after the commit as an audit log would be): if the append fails, the
 * transaction fails and nothing is disclosed; if the transaction rolls back, the entry disappears with it
 * and leaves no gap.
 *
 * Appends are serialised on a transaction-scoped advisory lock taken just before reading the head, and held
 * until commit, so `seq` is handed out in commit order without gaps and every entry's prev_hash is the hash
 * of the entry committed just before it. Only the append itself runs under the lock; the rest of the
 * caller's transaction runs in parallel with other writers.
 */

import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Sql } from '../db/index.js';
import { assertHetu } from '../register/hetu.js';
import { type DisclosureInterface, entryHash, GENESIS_HASH, isoMillis } from './chain.js';
import {
  getHeadAndClock,
  insertEntry,
  insertHead,
  lockWriter,
  type StoredEntry,
  searchEntries,
  updateHead,
} from './queries.js';

export interface NewDisclosure {
  /** When the data was disclosed, from the caller's clock. */
  disclosedAt: Date;
  permitId: string;
  organisationId: string;
  /** The X-Road subsystem or client-certificate connection the request came through. */
  connectionId?: string | null;
  /** Loppukayttaja: the end user the client named. */
  endUser?: string | null;
  /** An intermediary's end customer. */
  endCustomer?: string | null;
  interface: DisclosureInterface;
  /** e.g. 'muutokset', 'perustiedot', 'HenkilonTunnusKysely'. */
  operation: string;
  /** The persons disclosed, in response order. */
  hetus: readonly string[];
  /** Data-group codes from the register catalogue. */
  dataGroups: readonly string[];
}

export interface Disclosure {
  seq: number;
  disclosedAt: Date;
  permitId: string;
  organisationId: string;
  connectionId: string | null;
  endUser: string | null;
  endCustomer: string | null;
  interface: DisclosureInterface;
  operation: string;
  hetus: string[];
  dataGroups: string[];
  prevHash: string;
  hash: string;
  /** The database's clock when the entry was written. */
  createdAt: Date;
}

const INTERFACES: readonly string[] = ['muutosrajapinta', 'vtjkysely'] satisfies DisclosureInterface[];

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new RangeError(`${field} must be a non-empty string`);
  }
  return value;
}

/** Both drivers' transactions extend PgTransaction; a plain boolean so `tx` keeps its type. */
function isTransaction(db: Sql): boolean {
  return db instanceof PgTransaction;
}

function optionalText(value: string | null | undefined, field: string): string | null {
  return value == null ? null : requireText(value, field);
}

/**
 * Appends one disclosure and returns its place in the chain.
 *
 * Must be called inside a transaction (`db.transaction(tx => …)`), and that transaction must be the one
 * that also produces the response: the entry then exists, committed, before the response leaves, and a
 * response whose transaction fails is never sent. Call it with a READ COMMITTED transaction (the default):
 * under REPEATABLE READ or SERIALIZABLE a concurrent append makes this one fail rather than fork the chain.
 * Throws on invalid input (a malformed hetu, an unknown interface, an empty id), which fails the
 * disclosure with it.
 */
export async function appendDisclosure(
  tx: Sql,
  entry: NewDisclosure,
): Promise<{ seq: number; hash: string }> {
  // Outside a transaction the advisory lock would be released at once and appends could fork the chain.
  if (!isTransaction(tx)) throw new TypeError('appendDisclosure must run inside a transaction');
  const disclosedAt = isoMillis(entry.disclosedAt, 'disclosedAt');
  if (!INTERFACES.includes(entry.interface)) {
    throw new RangeError('interface must be muutosrajapinta or vtjkysely');
  }
  const fields = {
    disclosedAt,
    permitId: requireText(entry.permitId, 'permitId'),
    organisationId: requireText(entry.organisationId, 'organisationId'),
    connectionId: optionalText(entry.connectionId, 'connectionId'),
    endUser: optionalText(entry.endUser, 'endUser'),
    endCustomer: optionalText(entry.endCustomer, 'endCustomer'),
    interface: entry.interface,
    operation: requireText(entry.operation, 'operation'),
    hetus: entry.hetus.map((h) => assertHetu(h) as string),
    dataGroups: entry.dataGroups.map((g) => requireText(g, 'dataGroups[]')),
  };

  await lockWriter(tx);
  const { head, now } = await getHeadAndClock(tx);
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const chained = { seq, ...fields, createdAt: now };
  const hash = entryHash(prevHash, chained);
  await insertEntry(tx, { ...chained, prevHash, hash });
  if (head) await updateHead(tx, { seq, hash }, now);
  else await insertHead(tx, { seq, hash }, now);
  return { seq, hash };
}

export interface DisclosureFilter {
  /** Only entries that disclosed this person. */
  hetu?: string;
  organisationId?: string;
  /** disclosedAt at or after. */
  from?: Date;
  /** disclosedAt before. */
  to?: Date;
  /** Page size, 1–10 000. */
  limit: number;
  /** Keyset paging: only entries with a lower seq (pass the last seq of the previous page). */
  before?: number;
}

/** Disclosures matching every given filter, newest first. For an authorized reviewer only. */
export async function searchDisclosures(db: Sql, filter: DisclosureFilter): Promise<Disclosure[]> {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 10_000) {
    throw new RangeError('limit must be an integer from 1 to 10 000');
  }
  if (filter.before !== undefined && !Number.isSafeInteger(filter.before)) {
    throw new RangeError('before must be an integer');
  }
  for (const [field, date] of [
    ['from', filter.from],
    ['to', filter.to],
  ] as const) {
    if (date !== undefined) isoMillis(date, field);
  }
  const rows = await searchEntries(db, filter);
  return rows.map(toDisclosure);
}

function toDisclosure(e: StoredEntry): Disclosure {
  return {
    seq: e.seq,
    disclosedAt: new Date(e.disclosedAt),
    permitId: e.permitId,
    organisationId: e.organisationId,
    connectionId: e.connectionId,
    endUser: e.endUser,
    endCustomer: e.endCustomer,
    interface: e.interface as DisclosureInterface,
    operation: e.operation,
    hetus: e.hetus.map(String),
    dataGroups: e.dataGroups.map(String),
    prevHash: e.prevHash,
    hash: e.hash,
    createdAt: new Date(e.createdAt),
  };
}

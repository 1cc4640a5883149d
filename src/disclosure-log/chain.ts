/**
 * The hash chain: `hash = sha256(prev_hash || canonical(entry))`, hex-encoded.
 *
 * The canonical form is a JSON object with a fixed key order (below), timestamps as ISO-8601 UTC strings
 * with milliseconds, arrays in the order given, absent optional values as null. It includes `seq`, so an
 * entry moved to another position no longer matches its hash, and `created_at`. Changing anything here
 * makes every existing log fail verification: a change needs a new format, not an edit.
 */
import { createHash } from 'node:crypto';

/** The prev_hash of the first entry ever written. */
export const GENESIS_HASH = '0'.repeat(64);

export type DisclosureInterface = 'muutosrajapinta' | 'vtjkysely';

/** The fields that are hashed, as they are stored. */
export interface ChainedFields {
  seq: number;
  /** ISO-8601 UTC, e.g. 2026-01-15T10:00:00.000Z */
  disclosedAt: string;
  permitId: string;
  organisationId: string;
  connectionId: string | null;
  endUser: string | null;
  endCustomer: string | null;
  interface: string;
  operation: string;
  hetus: readonly (string | null)[];
  dataGroups: readonly (string | null)[];
  /** ISO-8601 UTC */
  createdAt: string;
}

export function canonicalEntry(e: ChainedFields): string {
  return JSON.stringify({
    seq: e.seq,
    disclosedAt: e.disclosedAt,
    permitId: e.permitId,
    organisationId: e.organisationId,
    connectionId: e.connectionId,
    endUser: e.endUser,
    endCustomer: e.endCustomer,
    interface: e.interface,
    operation: e.operation,
    hetus: e.hetus,
    dataGroups: e.dataGroups,
    createdAt: e.createdAt,
  });
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalEntry(e)).digest('hex');
}

/**
 * The canonical string of a timestamptz read as `to_char(col AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.
 * Rows this code wrote always have whole milliseconds; a value altered below the millisecond keeps all six
 * digits and so fails verification, instead of being rounded away as a driver's Date would.
 */
export function canonicalTimestamp(microsText: string): string {
  return microsText.endsWith('000') ? `${microsText.slice(0, -3)}Z` : `${microsText}Z`;
}

/** A Date as the canonical string; refuses what PostgreSQL and the canonical form cannot round-trip. */
export function isoMillis(date: Date, field: string): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) {
    throw new RangeError(`${field} must be a valid date between years 1 and 9999`);
  }
  return date.toISOString();
}

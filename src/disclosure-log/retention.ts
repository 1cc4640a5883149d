/**
 * Retention: entries are kept five years, then removed, and the log must still verify afterwards.
 *
 * Only a PREFIX of the chain can be removed, so that verification can start again from one point: the run
 * removes entries 1…cut where cut is the last seq before the first entry still inside the retention period.
 * An old entry written after a younger one (clocks of different instances differ a little) therefore waits
 * until that one expires too: nothing younger than the horizon is ever removed, and the chain has no holes.
 *
 * Before removing anything the run verifies the part it is about to remove, and refuses if that part is
 * broken: pruning must never launder tampering into a checkpoint. It then records a checkpoint (the seq and
 * hash of the last removed entry, read from the entry itself) and deletes, in one transaction with the
 * transaction-local override that the append-only trigger requires. The database also refuses to remove
 * anything it considers younger than five years by its own clock (drizzle/0003_…sql).
 */
import type { Sql } from '../db/index.js';
import { GENESIS_HASH } from './chain.js';
import {
  allowRetentionDelete,
  type ChainPoint,
  deleteEntriesThrough,
  getCheckpointBefore,
  getFirstSeq,
  getFirstSeqAtOrAfter,
  getLastSeq,
  insertCheckpoint,
  lockPrune,
} from './queries.js';
import { type VerifyFailureReason, walkChain } from './verify.js';

/** The shortest retention the database allows (the append-only trigger enforces it too). */
export const MIN_RETENTION_YEARS = 5;

export interface PruneResult {
  /** Entries disclosed before this instant were due. */
  horizon: Date;
  removed: number;
  /** The checkpoint this run wrote, when it removed anything. */
  checkpoint: ChainPoint | undefined;
}

/** The part of the log a retention run was about to remove does not verify; nothing was removed. */
export class DisclosureLogBrokenError extends Error {
  override readonly name = 'DisclosureLogBrokenError';
  constructor(
    readonly firstBadSeq: number,
    readonly reason: VerifyFailureReason,
  ) {
    super(`disclosure log does not verify at seq ${firstBadSeq} (${reason}); retention refused`);
  }
}

/** `now` minus whole years, clamping 29 February like PostgreSQL's `- interval 'n years'`. */
export function yearsBefore(now: Date, years: number): Date {
  const year = now.getUTCFullYear() - years;
  const month = now.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(now);
  result.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return result;
}

/**
 * Removes the entries disclosed more than `retentionYears` before `now` (see above). Opens its own
 * transaction; safe to run while appends continue (they only touch the end of the log).
 */
export async function pruneDisclosures(
  db: Sql,
  now: Date,
  retentionYears = MIN_RETENTION_YEARS,
): Promise<PruneResult> {
  if (!Number.isInteger(retentionYears) || retentionYears < MIN_RETENTION_YEARS) {
    throw new RangeError(`retention must be a whole number of years, at least ${MIN_RETENTION_YEARS}`);
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
  const horizon = yearsBefore(now, retentionYears);
  return db.transaction(async (tx) => {
    await lockPrune(tx);
    const nothing: PruneResult = { horizon, removed: 0, checkpoint: undefined };
    const first = await getFirstSeq(tx);
    if (first === undefined) return nothing;
    const anchor = (await getCheckpointBefore(tx, first)) ?? { seq: 0, hash: GENESIS_HASH };
    const firstYoung = await getFirstSeqAtOrAfter(tx, horizon);
    const cut = firstYoung === undefined ? await getLastSeq(tx) : firstYoung - 1;
    if (cut === undefined || cut <= anchor.seq) return nothing;

    const walk = await walkChain(tx, anchor, { through: cut });
    if (!walk.ok) throw new DisclosureLogBrokenError(walk.firstBadSeq, walk.reason);

    await allowRetentionDelete(tx);
    const checkpoint = await insertCheckpoint(tx, { seq: cut, horizon, removed: walk.entries, now });
    const removed = await deleteEntriesThrough(tx, cut);
    if (removed !== walk.entries) throw new Error(`retention removed ${removed}, expected ${walk.entries}`);
    return { horizon, removed, checkpoint };
  });
}

/**
 * Verifying the chain. The walk starts from an anchor (the genesis hash, or the retention checkpoint just
 * below the oldest remaining entry) and reads the log in seq order in batches, so memory stays flat for
 * millions of entries. For each entry, in this order:
 *
 * - `gap`: its seq is not the next one (an entry is missing; also the first entry after the anchor);
 * - `reordered` / `broken_link`: its prev_hash is not the previous entry's hash; `reordered` when an entry
 *   elsewhere in the log has that hash (the entries are all there but out of place), `broken_link` when
 *   none has (the predecessor was removed or altered together with its hash);
 * - `hash_mismatch`: its hash is not sha256(prev_hash || canonical fields): the entry was altered.
 *
 * At the end the last entry must be the head (disclosure_head): entries removed from the end of the log
 * show up as a `gap` at the first missing seq.
 *
 * What it cannot see: someone with the owner's rights who rewrites the chain from some point on AND the
 * head. Publishing the head (`lastHash`) outside the database from time to time closes that.
 */
import type { Sql } from '../db/index.js';
import { entryHash, GENESIS_HASH } from './chain.js';
import {
  type ChainPoint,
  findSeqByHash,
  getCheckpointBefore,
  getFirstSeq,
  getHead,
  listEntriesAfter,
} from './queries.js';

export type VerifyFailureReason = 'hash_mismatch' | 'broken_link' | 'gap' | 'reordered';

export type VerifyResult =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; firstBadSeq: number; reason: VerifyFailureReason };

export interface VerifyOptions {
  /** Called after each batch with the number of entries checked so far. */
  onProgress?: (checked: number) => void;
  /** Entries per query (default 5 000). */
  batchSize?: number;
}

const GENESIS: ChainPoint = { seq: 0, hash: GENESIS_HASH };

/**
 * Verifies the whole log in one consistent snapshot (a read-only REPEATABLE READ transaction, so appends
 * and retention running meanwhile do not disturb it). `entries` counts the entries checked and found good.
 */
export async function verifyDisclosureLog(db: Sql, options: VerifyOptions = {}): Promise<VerifyResult> {
  return db.transaction(
    async (tx) => {
      const anchor = (await getCheckpointBefore(tx, await getFirstSeq(tx))) ?? GENESIS;
      const walk = await walkChain(tx, anchor, options);
      if (!walk.ok) return walk;
      const head = (await getHead(tx)) ?? GENESIS;
      const fail = (firstBadSeq: number, reason: VerifyFailureReason): VerifyResult => ({
        ok: false,
        entries: walk.entries,
        firstBadSeq,
        reason,
      });
      if (walk.last.seq < head.seq) return fail(walk.last.seq + 1, 'gap');
      if (walk.last.seq > head.seq) return fail(head.seq + 1, 'broken_link');
      if (walk.last.hash !== head.hash) return fail(head.seq, 'hash_mismatch');
      return { ok: true, entries: walk.entries, lastHash: head.hash };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export type WalkResult =
  | { ok: true; entries: number; last: ChainPoint }
  | { ok: false; entries: number; firstBadSeq: number; reason: VerifyFailureReason };

/** Checks the entries after `anchor`, up to and including `through` (which must then exist) or to the end. */
export async function walkChain(
  db: Sql,
  anchor: ChainPoint,
  options: VerifyOptions & { through?: number } = {},
): Promise<WalkResult> {
  const batchSize = options.batchSize ?? 5_000;
  let last = anchor;
  let entries = 0;
  for (;;) {
    const batch = await listEntriesAfter(db, last.seq, batchSize, options.through);
    for (const entry of batch) {
      const expected = last.seq + 1;
      const fail = (reason: VerifyFailureReason, firstBadSeq = entry.seq): WalkResult => ({
        ok: false,
        entries,
        firstBadSeq,
        reason,
      });
      if (entry.seq !== expected) return fail('gap', expected);
      if (entry.prevHash !== last.hash) {
        const elsewhere = await findSeqByHash(db, entry.prevHash, entry.seq);
        return fail(elsewhere === undefined ? 'broken_link' : 'reordered');
      }
      if (entryHash(entry.prevHash, entry) !== entry.hash) return fail('hash_mismatch');
      last = { seq: entry.seq, hash: entry.hash };
      entries++;
    }
    if (batch.length > 0) options.onProgress?.(entries);
    if (batch.length < batchSize) break;
  }
  if (options.through !== undefined && last.seq < options.through) {
    return { ok: false, entries, firstBadSeq: last.seq + 1, reason: 'gap' };
  }
  return { ok: true, entries, last };
}

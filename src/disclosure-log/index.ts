/**
 * The disclosure log (DESIGN invariant 4): every disclosure of population data is recorded, inside the
 * transaction that produces the response, in an append-only, hash-chained, tamper-evident log.
 *
 * - `appendDisclosure(tx, entry)`: inside the response's transaction, before the response leaves.
 * - `verifyDisclosureLog(db)`: walks the chain (also `npx tsx src/cli/disclosure-log.ts verify`).
 * - `searchDisclosures(db, filter)`: by person, organisation and time, newest first, for reviewers.
 * - `pruneDisclosures(db, now)`: retention (five years), keeping the chain verifiable from a checkpoint.
 */
export { type DisclosureInterface, GENESIS_HASH } from './chain.js';
export {
  appendDisclosure,
  type Disclosure,
  type DisclosureFilter,
  type NewDisclosure,
  searchDisclosures,
} from './log.js';
export {
  DisclosureLogBrokenError,
  MIN_RETENTION_YEARS,
  type PruneResult,
  pruneDisclosures,
} from './retention.js';
export {
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
  verifyDisclosureLog,
} from './verify.js';

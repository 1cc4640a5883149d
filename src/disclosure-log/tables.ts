/**
 * Disclosure-log tables (DESIGN invariant 4). The triggers that make them append-only live in the custom
 * migration `drizzle/0003_disclosure_log_append_only.sql`; the chain itself is explained in chain.ts.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per disclosure. `seq` is gap-free and strictly increasing in commit order (appends are
 * serialised on an advisory lock, see log.ts); `hash` chains each row to the one before it.
 */
export const disclosure = pgTable(
  'disclosure',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull(),
    permitId: text('permit_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** The X-Road subsystem or client certificate connection the request came through. */
    connectionId: text('connection_id'),
    /** Loppukayttaja: the end user the client named. */
    endUser: text('end_user'),
    /** An intermediary's end customer, when the permit holder acts for one. */
    endCustomer: text('end_customer'),
    interface: text('interface').notNull(),
    /** e.g. 'muutokset', 'perustiedot', 'HenkilonTunnusKysely'. */
    operation: text('operation').notNull(),
    /** The persons disclosed, in response order. */
    hetus: text('hetus').array().notNull(),
    dataGroups: text('data_groups').array().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The database's clock when the row was written (disclosed_at is the application's clock). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('disclosure_interface_check', sql`${t.interface} IN ('muutosrajapinta', 'vtjkysely')`),
    index('disclosure_hetus_idx').using('gin', t.hetus),
    index('disclosure_organisation_idx').on(t.organisationId, t.seq),
    index('disclosure_disclosed_at_idx').on(t.disclosedAt),
  ],
);

/**
 * The newest entry's seq and hash, advanced in the same transaction as every append. It is what makes
 * removing entries from the END of the log detectable: without it a truncated chain is still a valid chain.
 * Exactly one row (the primary key is the constant `true`).
 */
export const disclosureHead = pgTable(
  'disclosure_head',
  {
    id: boolean('id').primaryKey().default(true),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('disclosure_head_single_row', sql`${t.id}`)],
);

/**
 * One row per retention run: the seq and hash of the last entry it removed. Verification starts from the
 * checkpoint just below the oldest remaining entry instead of from the genesis hash. Insert-only.
 */
export const disclosureCheckpoint = pgTable('disclosure_checkpoint', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  /** Entries disclosed before this instant were due for removal. */
  horizon: timestamp('horizon', { withTimezone: true }).notNull(),
  /** How many entries the run removed. */
  removed: bigint('removed', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

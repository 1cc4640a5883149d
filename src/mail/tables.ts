/**
 * The transactional outbox for e-mail: an operation inserts its rendered message in its own transaction,
 * and the worker sends committed rows afterwards, retrying with backoff.
 */
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    /** Also the Message-ID's local part, so a repeated send of the same row is recognisably the same mail. */
    id: uuid('id').primaryKey().defaultRandom(),
    /** Which template: 'invitation' | 'account_exists'. */
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    /** 'fi' | 'sv' | 'en'. */
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** 'pending' | 'sent' (accepted by SMTP) | 'outbox_viewer' (no SMTP outside production) | 'failed' (gave up). */
    state: text('state').notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A worker that claimed the row owns it until then; after a crash another worker takes it over. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** The last failure as an SMTP reply code or an error code; never message text. */
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.state, t.nextAttemptAt)],
);

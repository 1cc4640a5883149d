/** Every statement on mail_outbox. */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { Language } from './templates/types.js';

export type OutboxState = 'pending' | 'sent' | 'outbox_viewer' | 'failed';

export interface OutboxMail {
  id: string;
  kind: string;
  recipient: string;
  language: Language;
  subject: string;
  textBody: string;
  htmlBody: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

export async function insertOutboxMail(
  tx: Sql,
  mail: { kind: string; recipient: string; language: Language; subject: string; text: string; html: string },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO mail_outbox (kind, recipient, language, subject, text_body, html_body, state, attempts,
                                 next_attempt_at, created_at)
        VALUES (${mail.kind}, ${mail.recipient}, ${mail.language}, ${mail.subject}, ${mail.text}, ${mail.html},
                'pending', 0, ${now.toISOString()}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

/**
 * Takes up to `limit` due rows for one worker: each is locked until `lockedUntil` and its attempt counted,
 * so concurrent workers never take the same row, and a worker that dies leaves it to the next one.
 */
export async function claimDueMail(
  db: Sql,
  now: Date,
  lockedUntil: Date,
  limit: number,
): Promise<OutboxMail[]> {
  const rows = await query<OutboxRow>(
    db,
    sql`UPDATE mail_outbox SET locked_until = ${lockedUntil.toISOString()}, attempts = attempts + 1
        WHERE id IN (SELECT id FROM mail_outbox
                     WHERE state = 'pending' AND next_attempt_at <= ${now.toISOString()}
                       AND (locked_until IS NULL OR locked_until <= ${now.toISOString()})
                     ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING *`,
  );
  return rows.map(toOutboxMail);
}

export async function updateMailDelivered(
  db: Sql,
  id: string,
  state: 'sent' | 'outbox_viewer',
  now: Date,
): Promise<void> {
  await db.execute(
    sql`UPDATE mail_outbox SET state = ${state}, sent_at = ${now.toISOString()}, locked_until = NULL, last_error = NULL
        WHERE id = ${id} AND state = 'pending'`,
  );
}

export async function updateMailFailed(
  db: Sql,
  id: string,
  outcome: { state: 'pending' | 'failed'; nextAttemptAt: Date; error: string },
): Promise<void> {
  await db.execute(
    sql`UPDATE mail_outbox SET state = ${outcome.state}, next_attempt_at = ${outcome.nextAttemptAt.toISOString()},
                               locked_until = NULL, last_error = ${outcome.error}
        WHERE id = ${id} AND state = 'pending'`,
  );
}

/** The newest mail first, for the development outbox viewer. */
export async function listOutboxMail(db: Sql, limit: number): Promise<OutboxMail[]> {
  const rows = await query<OutboxRow>(
    db,
    sql`SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
  );
  return rows.map(toOutboxMail);
}

interface OutboxRow {
  id: string;
  kind: string;
  recipient: string;
  language: Language;
  subject: string;
  text_body: string;
  html_body: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | Date;
  last_error: string | null;
  sent_at: string | Date | null;
  created_at: string | Date;
}

function toOutboxMail(r: OutboxRow): OutboxMail {
  return {
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    language: r.language,
    subject: r.subject,
    textBody: r.text_body,
    htmlBody: r.html_body,
    state: r.state,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at),
    lastError: r.last_error,
    sentAt: r.sent_at === null ? null : new Date(r.sent_at),
    createdAt: new Date(r.created_at),
  };
}

/**
 * Enqueuing: an operation renders its mail and inserts it in its own transaction, so the mail exists exactly
 * when the change that caused it was committed. The worker (worker.ts) sends it afterwards.
 */
import type { Sql } from '../db/index.js';
import { insertOutboxMail } from './queries.js';
import { type MailMessage, renderMail } from './render.js';
import type { Language } from './templates/types.js';

export async function enqueueMail(
  tx: Sql,
  mail: { to: string; language: Language; message: MailMessage },
  now: Date,
): Promise<string> {
  const rendered = renderMail(mail.message, mail.language);
  return insertOutboxMail(
    tx,
    { kind: mail.message.kind, recipient: mail.to, language: mail.language, ...rendered },
    now,
  );
}

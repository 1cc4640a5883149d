/**
 * Sends committed outbox mail. At least once: a row is marked delivered only after the SMTP server accepted
 * it, so a crash in between sends it again, with the same Message-ID (receivers can tell it is a repeat).
 * Transient failures are retried with exponential backoff; a permanent SMTP refusal (5xx) or too many
 * attempts end in 'failed'.
 */
import type { Sql } from '../db/index.js';
import type { Clock } from '../platform/clock.js';
import type { Logger } from '../platform/logger.js';
import { claimDueMail, type OutboxMail, updateMailDelivered, updateMailFailed } from './queries.js';
import type { MailTransport } from './transport.js';

export const MAX_MAIL_ATTEMPTS = 8;
/** How long a claimed row belongs to its worker; longer than any SMTP exchange's timeouts. */
const CLAIM_MS = 5 * 60_000;

/** 1 min after the first failure, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export interface DeliveryReport {
  delivered: number;
  retrying: number;
  failed: number;
}

export async function deliverPendingMail(
  db: Sql,
  transport: MailTransport,
  options: { from: string; now: Date; logger?: Logger; limit?: number },
): Promise<DeliveryReport> {
  const { now } = options;
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  const due = await claimDueMail(db, now, new Date(now.getTime() + CLAIM_MS), options.limit ?? 20);
  for (const mail of due) {
    try {
      await transport.send({
        messageId: `<${mail.id}@${domainOf(options.from)}>`,
        from: options.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      });
      await updateMailDelivered(db, mail.id, transport.delivers, now);
      report.delivered++;
    } catch (error) {
      const outcome = failureOutcome(mail, error, now);
      await updateMailFailed(db, mail.id, outcome);
      report[outcome.state === 'failed' ? 'failed' : 'retrying']++;
      // The id and a code only: addresses and server replies stay out of the log.
      options.logger?.warn(
        { mailId: mail.id, attempts: mail.attempts, error: outcome.error, state: outcome.state },
        'mail delivery failed',
      );
    }
  }
  return report;
}

function failureOutcome(mail: OutboxMail, error: unknown, now: Date) {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  const permanent = typeof responseCode === 'number' && responseCode >= 500;
  const errorCode =
    typeof responseCode === 'number'
      ? `smtp_${responseCode}`
      : (code ?? 'error').replace(/[^A-Za-z0-9_]/g, '').slice(0, 40);
  return {
    state: permanent || mail.attempts >= MAX_MAIL_ATTEMPTS ? ('failed' as const) : ('pending' as const),
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
    error: errorCode,
  };
}

function domainOf(address: string): string {
  return /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'tietolupa.invalid';
}

/** Polls for due mail in the background until stopped; a run never overlaps the previous one. */
export function startMailWorker(deps: {
  db: Sql;
  transport: MailTransport;
  clock: Clock;
  logger: Logger;
  from: string;
  intervalMs: number;
}): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = deliverPendingMail(deps.db, deps.transport, {
      from: deps.from,
      now: deps.clock.now(),
      logger: deps.logger,
    })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'mail worker run failed'))
      .finally(() => {
        busy = false;
      });
  }, deps.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      deps.transport.close();
    },
  };
}

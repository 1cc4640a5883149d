/**
 * Where outbox mail goes: SMTP through nodemailer when SMTP_URL is set; outside production without it, the
 * development outbox viewer (the mail stays in the table, marked as delivered there); in production without
 * it, nowhere yet (the mail waits in the outbox).
 */
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  /** The outbox state a delivered mail gets. */
  readonly delivers: 'sent' | 'outbox_viewer';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function mailTransport(config: Pick<Config, 'smtpUrl' | 'environment'>): MailTransport | undefined {
  if (config.smtpUrl) return smtpTransport(config.smtpUrl);
  if (config.environment !== 'production') return outboxViewer;
  return undefined;
}

function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    delivers: 'sent',
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

const outboxViewer: MailTransport = {
  delivers: 'outbox_viewer',
  async send() {},
  close() {},
};

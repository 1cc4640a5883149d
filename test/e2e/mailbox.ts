/**
 * The e2e mailbox: a real SMTP receiver (smtp-server) that the e2e server's mail outbox sends to.
 *
 * - `startMailbox(dir)` runs in the Playwright runner process only (playwright.config.ts starts it once and
 *   passes `SMTP_URL` to the web server); every message it receives is parsed and written to `dir` as one
 *   JSON file `{ to: string[], from, subject, text, html, links, receivedAt }`.
 * - `waitForMail({ to, subjectIncludes, after? })` is for the specs (in the workers): it polls that folder
 *   (`E2E_MAIL_DIR`) until a matching message is there (20 s), and gives `{ subject, text, html, links }`.
 *
 * Messages are read with mailparser (nodemailer's own parser): MIME parts, transfer encodings and encoded
 * headers as nodemailer writes them.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface StoredMail {
  /** The envelope recipients (RCPT TO), lower-case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every http(s) address in the message (hrefs of the HTML part, then addresses in the text), in order, once. */
  links: string[];
  /** ISO 8601. */
  receivedAt: string;
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
  links: string[];
}

export interface MailQuery {
  /** A recipient address (case-insensitive). */
  to: string;
  /** A part of the subject (case-sensitive). */
  subjectIncludes?: string;
  /** Only mail received at or after this moment (e.g. a `new Date()` taken before the action that sends it). */
  after?: Date;
  /** Default 20 000 ms. */
  timeoutMs?: number;
}

/** Waits for a message in the e2e mailbox; the newest match wins. */
export async function waitForMail(query: MailQuery): Promise<Mail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the specs through test/e2e/playwright.config.ts');
  const to = query.to.toLowerCase();
  const deadline = Date.now() + (query.timeoutMs ?? 20_000);
  for (;;) {
    const match = readMailbox(dir)
      .filter(
        (mail) =>
          mail.to.includes(to) &&
          (query.subjectIncludes === undefined || mail.subject.includes(query.subjectIncludes)) &&
          (query.after === undefined || Date.parse(mail.receivedAt) >= query.after.getTime()),
      )
      .at(-1);
    if (match) return { subject: match.subject, text: match.text, html: match.html, links: match.links };
    if (Date.now() > deadline) {
      const seen = readMailbox(dir).map((mail) => `${mail.to.join(', ')}: ${mail.subject}`);
      throw new Error(
        `No mail to ${query.to}${query.subjectIncludes ? ` with "${query.subjectIncludes}"` : ''} within ` +
          `${query.timeoutMs ?? 20_000} ms. The mailbox has: ${seen.length ? seen.join(' | ') : 'nothing'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every stored message, oldest first. */
export function readMailbox(dir: string): StoredMail[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as StoredMail);
}

export interface Mailbox {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the receiver on an ephemeral local port; it never keeps the process alive by itself. */
export async function startMailbox(dir: string): Promise<Mailbox> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', async () => {
        try {
          const receivedAt = new Date();
          const mail: StoredMail = {
            ...(await parseMessage(Buffer.concat(chunks))),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            receivedAt: receivedAt.toISOString(),
          };
          // Written under a temporary name and renamed: a reader never sees half a file.
          const name = `${String(receivedAt.getTime()).padStart(15, '0')}-${randomUUID()}`;
          writeFileSync(join(dir, `${name}.tmp`), JSON.stringify(mail, null, 2));
          renameSync(join(dir, `${name}.tmp`), join(dir, `${name}.json`));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.server.unref();
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Subject, the text/plain and text/html bodies and the links of a raw message. */
export async function parseMessage(
  raw: Buffer,
): Promise<Pick<StoredMail, 'subject' | 'text' | 'html' | 'links'>> {
  const parsed = await simpleParser(raw);
  const text = (parsed.text ?? '').replace(/\n$/, '');
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  return { subject: parsed.subject ?? '', text, html, links: extractLinks(text, html) };
}

function extractLinks(text: string, html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/href\s*=\s*"([^"]*)"/gi)) links.push(unescapeHtml(match[1] ?? ''));
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) links.push(match[0]);
  return [...new Set(links.filter((link) => /^https?:\/\//i.test(link)))];
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

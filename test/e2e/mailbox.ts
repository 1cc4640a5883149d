/**
 * The e2e mailbox: a real SMTP receiver (smtp-server) that the e2e server's mail outbox sends to.
 *
 * - `startMailbox(dir)` runs in the Playwright runner process only (playwright.config.ts starts it once and
 *   passes `SMTP_URL` to the web server); every message it receives is parsed and written to `dir` as one
 *   JSON file `{ to: string[], from, subject, text, html, links, receivedAt }`.
 * - `waitForMail({ to, subjectIncludes, after? })` is for the specs (in the workers): it polls that folder
 *   (`E2E_MAIL_DIR`) until a matching message is there (20 s), and gives `{ subject, text, html, links }`.
 *
 * No mail library is needed to read what nodemailer writes: the small MIME reader below handles multipart
 * bodies, quoted-printable and base64 transfer encodings and RFC 2047 encoded-word headers.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
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
      stream.on('end', () => {
        try {
          const receivedAt = new Date();
          const mail: StoredMail = {
            ...parseMessage(Buffer.concat(chunks).toString('latin1')),
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

// ---- A small MIME reader (RFC 822/2045/2047), enough for what nodemailer writes ----

interface Part {
  headers: Map<string, string>;
  /** The raw body as latin1 (one char per byte). */
  body: string;
}

/** Subject, the text/plain and text/html bodies and the links of a raw message (as a latin1 string). */
export function parseMessage(raw: string): Pick<StoredMail, 'subject' | 'text' | 'html' | 'links'> {
  const message = splitPart(raw);
  const leaves = flatten(message);
  const text = leaves.find((part) => mediaType(part) === 'text/plain');
  const html = leaves.find((part) => mediaType(part) === 'text/html');
  const textBody = text ? decodeBody(text) : '';
  const htmlBody = html ? decodeBody(html) : '';
  return {
    subject: decodeWords(message.headers.get('subject') ?? ''),
    text: textBody,
    html: htmlBody,
    links: extractLinks(textBody, htmlBody),
  };
}

function splitPart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function mediaType(part: Part): string {
  return (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function flatten(part: Part): Part[] {
  if (!mediaType(part).startsWith('multipart/')) return [part];
  const boundary = parameter(part.headers.get('content-type'), 'boundary');
  if (!boundary) return [];
  const delimiter = `--${boundary}`;
  const sections = part.body.split(new RegExp(`\\r?\\n?${escapeRegExp(delimiter)}`));
  // Before the first delimiter is the preamble; from the closing `--boundary--` on, the epilogue.
  return sections
    .slice(1)
    .filter((section) => !section.startsWith('--'))
    .map((section) => splitPart(section.replace(/^[ \t]*\r?\n/, '')))
    .flatMap(flatten);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset = (parameter(part.headers.get('content-type'), 'charset') ?? 'utf-8').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') bytes = quotedPrintable(part.body.replace(/=\r?\n/g, ''));
  else bytes = Buffer.from(part.body, 'latin1');
  const decoded = new TextDecoder(charset).decode(bytes);
  return decoded.replace(/\r\n/g, '\n').replace(/\n$/, '');
}

function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  const decoded = value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, charset: string, encoding: string, data: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : quotedPrintable(data.replaceAll('_', ' '));
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    });
  // A header without encoded words may still carry raw UTF-8 bytes (SMTPUTF8).
  return /[\u0080-\u00ff]/.test(decoded) && decoded === value
    ? Buffer.from(decoded, 'latin1').toString('utf8')
    : decoded;
}

function extractLinks(text: string, html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/href\s*=\s*"([^"]*)"/gi)) links.push(unescapeHtml(match[1]!));
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import type { Logger } from '../platform/logger.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { claimDueMail, listOutboxMail } from './queries.js';
import { startTestSmtp, type TestSmtp } from './test-smtp.js';
import { type MailTransport, mailTransport } from './transport.js';
import { deliverPendingMail, retryDelayMs } from './worker.js';

let smtp: TestSmtp;
let t: TestApp;
let transport: MailTransport;
let tessa: TestSession;
let org: { id: string };
const FROM = 'Tietolupa <noreply@tietolupa.example>';

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await buildTestApp({
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: FROM,
      MAIL_POLL_SECONDS: '0',
      PUBLIC_BASE_URL: 'https://asiointi.example.fi',
    },
  });
  transport = mailTransport(t.config) as MailTransport;
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  org = await createOrganisation(t.app, tessa, { name: 'Järvenpään Testi Oy', email: 'tessa@example.fi' });
});
afterAll(async () => {
  transport.close();
  await t.close();
  await smtp.close();
});

const deliver = () =>
  deliverPendingMail(t.db.orm, transport, { from: FROM, now: t.clock.now(), logger: t.app.log as Logger });
const invite = (email: string, language: 'fi' | 'sv' | 'en') =>
  t.app.inject({
    method: 'POST',
    url: `/api/organisations/${org.id}/invitations`,
    headers: tessa.headers,
    payload: { email, role: 'user', language },
  });
const stateOf = async (recipient: string) =>
  (await listOutboxMail(t.db.orm, 100)).find((m) => m.recipient === recipient);

describe('sending the outbox over SMTP', () => {
  it('sends an invitation after the commit, and the link in the received mail lets the invitee join', async () => {
    expect((await invite('anna@example.fi', 'fi')).statusCode).toBe(201);
    expect(smtp.received).toHaveLength(0);

    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    const outboxId = (await stateOf('anna@example.fi'))?.id;
    expect(mail).toMatchObject({
      from: 'noreply@tietolupa.example',
      to: ['anna@example.fi'],
      subject: 'Kutsu Tietolupa-asiointiin: Järvenpään Testi Oy',
      messageId: `<${outboxId}@tietolupa.example>`,
    });
    const link = /https:\/\/asiointi\.example\.fi\/invitations\/accept#token=([\w-]+)/.exec(mail?.text ?? '');
    expect(link).not.toBeNull();
    expect(await stateOf('anna@example.fi')).toMatchObject({ state: 'sent', attempts: 1, lastError: null });

    const anna = await loginAs(t.app, { hetu: '010675-9981' });
    const joined = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      headers: anna.headers,
      payload: { token: link?.[1] },
    });
    expect(joined.statusCode).toBe(200);
  });

  it('never sends a delivered mail again', async () => {
    const before = smtp.received.length;
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(before);
  });

  it('retries a temporary refusal with backoff, and sends once when the server takes it', async () => {
    const before = smtp.received.length;
    await invite('bertil@example.fi', 'sv');
    smtp.refuseNext(451);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    const waiting = await stateOf('bertil@example.fi');
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, lastError: 'smtp_451' });
    expect(waiting?.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + retryDelayMs(1));

    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    t.clock.advance(retryDelayMs(1));
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)).toMatchObject({
      to: ['bertil@example.fi'],
      subject: 'Inbjudan till e-tjänsten Tietolupa: Järvenpään Testi Oy',
    });
    expect(await stateOf('bertil@example.fi')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('gives up at once on a permanent refusal', async () => {
    await invite('nobody@example.fi', 'en');
    smtp.refuseNext(550);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(await stateOf('nobody@example.fi')).toMatchObject({ state: 'failed', lastError: 'smtp_550' });
  });

  it('sends a mail again, with the same Message-ID, when a worker died after claiming it', async () => {
    await invite('carl@example.fi', 'en');
    const now = t.clock.now();
    const [claimed] = await claimDueMail(t.db.orm, now, new Date(now.getTime() + 300_000), 10);
    expect(claimed?.recipient).toBe('carl@example.fi');
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    t.clock.advance(300_000);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(smtp.received.at(-1)).toMatchObject({
      to: ['carl@example.fi'],
      messageId: `<${claimed?.id}@tietolupa.example>`,
    });
  });

  it('keeps addresses out of the logs', async () => {
    const log = t.logLines.join('');
    expect(log).toContain('mail delivery failed');
    for (const address of ['anna@example.fi', 'bertil@example.fi', 'nobody@example.fi']) {
      expect(log).not.toContain(address);
    }
    const [row] = await query<{ n: string }>(t.db.orm, sql`SELECT count(*)::text AS n FROM mail_outbox`);
    expect(Number(row?.n)).toBeGreaterThan(0);
  });
});

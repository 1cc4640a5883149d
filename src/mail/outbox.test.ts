import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { type MailTransport, mailTransport } from './transport.js';
import { deliverPendingMail, MAX_MAIL_ATTEMPTS, retryDelayMs } from './worker.js';

let t: TestApp;
let tessa: TestSession;
let org: { id: string };

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  org = await createOrganisation(t.app, tessa);
});
afterAll(() => t.close());

const invite = (app: TestApp, session: TestSession, organisationId: string, email: string) =>
  app.app.inject({
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    headers: session.headers,
    payload: { email, role: 'user' },
  });
const outbox = (app: TestApp, query = '') =>
  app.app.inject({ method: 'GET', url: `/api/dev/outbox${query}` });

describe('GET /api/dev/outbox (development outbox viewer)', () => {
  it('refuses unknown query fields (400)', async () => {
    expect((await outbox(t, '?to=a@example.fi')).statusCode).toBe(400);
  });

  it('shows queued mail, and without SMTP the worker delivers it to the viewer', async () => {
    await invite(t, tessa, org.id, 'viewer@example.fi');
    const queued = (await outbox(t)).json() as {
      mail: { to: string; state: string; sentAt: string | null }[];
    };
    expect(queued.mail[0]).toMatchObject({
      kind: 'invitation',
      to: 'viewer@example.fi',
      language: 'fi',
      state: 'pending',
      sentAt: null,
      subject: expect.stringContaining('Kutsu'),
      text: expect.stringContaining('#token='),
      html: expect.stringContaining('<a href="http://127.0.0.1:3000/invitations/accept#token='),
    });

    const viewer = mailTransport(t.config) as MailTransport;
    expect(viewer.delivers).toBe('outbox_viewer');
    const report = await deliverPendingMail(t.db.orm, viewer, {
      from: t.config.mailFrom,
      now: t.clock.now(),
    });
    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(((await outbox(t)).json() as { mail: object[] }).mail[0]).toMatchObject({
      state: 'outbox_viewer',
      sentAt: '2026-11-25T10:00:00.000Z',
    });
  });
});

describe('the background worker', () => {
  it('delivers committed mail on its own', async () => {
    const polling = await buildTestApp({ env: { MAIL_POLL_SECONDS: '1' } });
    try {
      const session = await loginAs(polling.app, { hetu: '010469-999W' });
      const own = await createOrganisation(polling.app, session);
      expect((await invite(polling, session, own.id, 'worker@example.fi')).statusCode).toBe(201);
      await expect
        .poll(async () => ((await outbox(polling)).json() as { mail: { state: string }[] }).mail[0]?.state, {
          timeout: 5_000,
          interval: 200,
        })
        .toBe('outbox_viewer');
    } finally {
      await polling.close();
    }
  });
});

describe('mail transport and retry policy', () => {
  it('has no transport in production without SMTP_URL (mail waits in the outbox)', () => {
    expect(mailTransport({ environment: 'production', smtpUrl: undefined })).toBeUndefined();
    expect(mailTransport({ environment: 'production', smtpUrl: 'smtp://127.0.0.1:25' })?.delivers).toBe(
      'sent',
    );
  });

  it('backs off from a minute, doubling, to at most an hour', () => {
    expect([1, 2, 3, 6, 7, MAX_MAIL_ATTEMPTS].map((n) => retryDelayMs(n) / 60_000)).toEqual([
      1, 2, 4, 32, 60, 60,
    ]);
  });
});

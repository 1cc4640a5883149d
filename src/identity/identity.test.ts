import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { parseHetu } from '../register/hetu.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { loginAs } from './test-login.js';
import { TEST_PERSONS } from './test-persons.js';

let t: TestApp;
const [tessa, joni] = TEST_PERSONS as [(typeof TEST_PERSONS)[0], (typeof TEST_PERSONS)[0]];
const UNLISTED = '150390-932C'; // valid check character, individual number 932
// A valid code outside the test range (DVV's published example, individual number 308), assembled here so
// that no literal outside 900–999 stands in the source.
const REAL_RANGE = ['131052', '-', '308', 'T'].join('');

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
});
afterAll(() => t.close());

const login = (payload: object, remoteAddress = '203.0.113.1') =>
  t.app.inject({ method: 'POST', url: '/api/identity/dev/login', payload, remoteAddress });

describe('development identification provider', () => {
  it('is the provider the login page offers outside production', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/identity/providers' });
    expect(res.json()).toEqual({ providers: ['development'] });
  });

  it('lists test persons, every one with a valid test identity code (900–999)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/identity/dev/persons' });
    expect(res.statusCode).toBe(200);
    const { persons } = res.json() as { persons: { hetu: string; firstNames: string; lastName: string }[] };
    expect(persons.length).toBeGreaterThanOrEqual(3);
    for (const p of persons) {
      const parsed = parseHetu(p.hetu);
      expect(parsed.ok && parsed.value.isTestCode).toBe(true);
      expect(p.firstNames).not.toBe('');
    }
  });

  it('logs a listed person in with a HttpOnly, SameSite=Lax session cookie and returns the CSRF token', async () => {
    const res = await login({ hetu: tessa.hetu }, '203.0.113.10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: { id: expect.any(String), firstNames: 'Tessa', givenName: 'Tessa', lastName: 'Testilä' },
      csrfToken: expect.any(String),
      expiresAt: '2026-11-25T18:00:00.000Z',
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^tietolupa_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it('recognises a returning person by identity code: the same user, names refreshed', async () => {
    const first = await loginAs(t.app, { hetu: UNLISTED, firstNames: 'Sanni Maria', lastName: 'Testinen' });
    const again = await loginAs(t.app, { hetu: UNLISTED, firstNames: 'Sanni Maria', lastName: 'Uusinimi' });
    expect(again.userId).toBe(first.userId);
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: again.headers });
    expect(me.json()).toMatchObject({ user: { givenName: 'Sanni', lastName: 'Uusinimi', language: 'fi' } });
  });

  it.each([
    [{ hetu: UNLISTED }, 'names_required'],
    [{ hetu: tessa.hetu, firstNames: 'Only' }, 'names_required'],
    [{ hetu: REAL_RANGE, firstNames: 'A', lastName: 'B' }, 'not_a_test_hetu'],
    [{ hetu: '010280-952K', firstNames: 'A', lastName: 'B' }, 'invalid_hetu'],
    [{ hetu: 'x', firstNames: 'A', lastName: 'B' }, 'invalid_hetu'],
  ])('refuses %o with 400 %s, without repeating the code', async (payload, code) => {
    const res = await login(payload, '203.0.113.20');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: code });
    expect(res.body).not.toContain(payload.hetu);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses unknown fields with 400', async () => {
    const res = await login({ hetu: tessa.hetu, admin: true }, '203.0.113.21');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'invalid_request',
      details: [{ path: '/', code: 'additionalProperties' }],
    });
  });

  it('rate-limits login attempts per client address, failed ones included', async () => {
    for (let i = 0; i < t.config.loginAttemptsPerMinute; i++) {
      const res = await login(i % 2 ? { hetu: REAL_RANGE } : { hetu: joni.hetu }, '203.0.113.30');
      expect(res.statusCode).not.toBe(429);
    }
    const refused = await login({ hetu: joni.hetu }, '203.0.113.30');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login({ hetu: joni.hetu }, '203.0.113.31')).statusCode).toBe(200);
  });

  it('stores only a SHA-256 of the session token', async () => {
    const session = await loginAs(t.app, { hetu: joni.hetu });
    const rows = await query<{ token_hash: string }>(t.db.orm, sql`SELECT token_hash FROM session`);
    const hashes = rows.map((r) => r.token_hash);
    expect(hashes).toContain(createHash('sha256').update(session.token).digest('hex'));
    expect(hashes).not.toContain(session.token);
  });

  it('ends the session the browser still had when the person logs in again', async () => {
    const old = await loginAs(t.app, { hetu: joni.hetu });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/identity/dev/login',
      payload: { hetu: tessa.hetu },
      headers: { cookie: old.headers.cookie },
      remoteAddress: '203.0.113.40',
    });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: old.headers });
    expect(me.statusCode).toBe(401);
  });
});

describe('POST /api/session/logout', () => {
  it('needs a session (401)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session/logout' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'unauthenticated', message: 'Log in to use the e-service' });
  });

  it('refuses a request without the CSRF token (403) and the session stays', async () => {
    const s = await loginAs(t.app, { hetu: tessa.hetu });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { cookie: s.headers.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: s.headers })).statusCode).toBe(
      200,
    );
  });

  it('refuses unknown fields (400)', async () => {
    const s = await loginAs(t.app, { hetu: tessa.hetu });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: s.headers,
      payload: { everywhere: true },
    });
    expect(res.statusCode).toBe(400);
  });

  it('ends the session, clears the cookie and records both events in the audit trail', async () => {
    const s = await loginAs(t.app, { hetu: tessa.hetu });
    const res = await t.app.inject({ method: 'POST', url: '/api/session/logout', headers: s.headers });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/^tietolupa_session=; Max-Age=0;/);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: s.headers })).statusCode).toBe(
      401,
    );
    // A second logout with the ended session is refused like any request without a session.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/session/logout', headers: s.headers })).statusCode,
    ).toBe(401);
    const events = await query<{ action: string; target_id: string | null }>(
      t.db.orm,
      sql`SELECT action, target_id FROM audit_event WHERE actor_user_id = ${s.userId} ORDER BY created_at, action`,
    );
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['SessionLogin', 'SessionLogout']));
  });

  it('keeps identity codes and session tokens out of the logs', async () => {
    const s = await loginAs(t.app, { hetu: tessa.hetu });
    await t.app.inject({ method: 'GET', url: '/api/session', headers: s.headers });
    const log = t.logLines.join('');
    expect(log).toContain('/api/identity/dev/login');
    for (const secret of [tessa.hetu, joni.hetu, UNLISTED, REAL_RANGE, s.token, s.csrfToken]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('in production', () => {
  it('has no development login, test persons or outbox viewer', async () => {
    const prod = await buildTestApp({
      env: {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
        MAIL_POLL_SECONDS: '0',
      },
    });
    try {
      for (const [method, url] of [
        ['GET', '/api/identity/dev/persons'],
        ['POST', '/api/identity/dev/login'],
        ['GET', '/api/dev/outbox'],
      ] as const) {
        const res = await prod.app.inject({
          method,
          url,
          payload: method === 'POST' ? { hetu: tessa.hetu } : undefined,
        });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ error: 'not_found', message: 'No such route' });
      }
      // The e-service itself is there, behind identification; the login page is offered no provider.
      expect((await prod.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
      const providers = await prod.app.inject({ method: 'GET', url: '/api/identity/providers' });
      expect(providers.json()).toEqual({ providers: [] });
    } finally {
      await prod.close();
    }
  });
});

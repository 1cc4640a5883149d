import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { cookieSecure } from './cookie.js';
import { loginAs } from './test-login.js';
import { TEST_PERSONS } from './test-persons.js';

let t: TestApp;
const hetu = (TEST_PERSONS[0] as { hetu: string }).hetu;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
});
afterAll(() => t.close());

const whoAmI = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/session', headers });

describe('session timeouts', () => {
  it('ends a session left idle for 30 minutes; every request restarts the idle time', async () => {
    const s = await loginAs(t.app, { hetu });
    t.clock.advance(29 * MINUTE);
    expect((await whoAmI(s.headers)).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    const alive = await whoAmI(s.headers);
    expect(alive.statusCode).toBe(200);
    expect(alive.json()).toMatchObject({
      idleExpiresAt: new Date(t.clock.now().getTime() + 30 * MINUTE).toISOString(),
    });
    t.clock.advance(30 * MINUTE);
    const expired = await whoAmI(s.headers);
    expect(expired.statusCode).toBe(401);
    expect(String(expired.headers['set-cookie'])).toMatch(/^tietolupa_session=; Max-Age=0;/);
    // The refused request did not restart the idle time either.
    t.clock.advance(MINUTE);
    expect((await whoAmI(s.headers)).statusCode).toBe(401);
  });

  it('ends an active session 8 hours after login', async () => {
    const s = await loginAs(t.app, { hetu });
    const loggedIn = t.clock.now().getTime();
    while (t.clock.now().getTime() + 20 * MINUTE < loggedIn + 8 * 60 * MINUTE) {
      t.clock.advance(20 * MINUTE);
      expect((await whoAmI(s.headers)).statusCode).toBe(200);
    }
    t.clock.set(new Date(loggedIn + 8 * 60 * MINUTE));
    expect((await whoAmI(s.headers)).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cross-site POST carrying only the cookie with 403, and it changes nothing', async () => {
    const s = await loginAs(t.app, { hetu });
    const before = await query<{ n: string }>(t.db.orm, sql`SELECT count(*)::text AS n FROM audit_event`);
    for (const headers of [
      { cookie: s.headers.cookie, origin: 'https://evil.example' },
      { cookie: s.headers.cookie, 'x-csrf-token': 'guessed' },
      { cookie: s.headers.cookie, 'x-csrf-token': `${s.csrfToken}x` },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers,
        payload: { name: 'Hyökkääjä Oy', businessId: '0245437-2', kind: 'company', email: 'a@evil.example' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'csrf_token_invalid' });
    }
    expect(await query(t.db.orm, sql`SELECT id FROM organisation`)).toEqual([]);
    expect(await query<{ n: string }>(t.db.orm, sql`SELECT count(*)::text AS n FROM audit_event`)).toEqual(
      before,
    );
  });

  it('gives every session its own token, and needs none for reading', async () => {
    const a = await loginAs(t.app, { hetu });
    const b = await loginAs(t.app, { hetu });
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect((await whoAmI({ cookie: a.headers.cookie })).json()).toMatchObject({ csrfToken: a.csrfToken });
    const crossed = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { cookie: a.headers.cookie, 'x-csrf-token': b.csrfToken },
    });
    expect(crossed.statusCode).toBe(403);
  });
});

describe('cookieSecure', () => {
  const config = { environment: 'development' as const, publicBaseUrl: 'http://127.0.0.1:3000' };
  it('is Secure over HTTPS, behind an https public address, and always in production', () => {
    expect(cookieSecure(config, 'http')).toBe(false);
    expect(cookieSecure(config, 'https')).toBe(true);
    expect(cookieSecure({ ...config, publicBaseUrl: 'https://asiointi.example.fi' }, 'http')).toBe(true);
    expect(cookieSecure({ ...config, environment: 'production' }, 'http')).toBe(true);
  });
});

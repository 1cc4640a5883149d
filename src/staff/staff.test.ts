import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { loginStaff, type StaffTestSession } from './test-login.js';

let t: TestApp;
let customer: TestSession;
let hanna: StaffTestSession;
let aino: StaffTestSession;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  customer = await loginAs(t.app, { hetu: '010280-952L' });
  hanna = await loginStaff(t.app, 'dev-handler');
  aino = await loginStaff(t.app, 'dev-admin');
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('staff login providers', () => {
  it('offers the development login outside production, and OIDC only when configured', async () => {
    expect((await get('/api/back-office/login/providers')).json()).toEqual({ providers: ['development'] });
    const res = await get('/api/back-office/login/oidc');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'oidc_not_configured' });
  });

  it('lists the three development staff members', async () => {
    const res = await get('/api/back-office/login/development/staff');
    expect(res.json()).toEqual([
      expect.objectContaining({ subject: 'dev-handler', name: 'Hanna Käsittelijä', role: 'handler' }),
      expect.objectContaining({ subject: 'dev-handler-2', name: 'Kalle Käsittelijä', role: 'handler' }),
      expect.objectContaining({ subject: 'dev-admin', name: 'Aino Ylläpitäjä', role: 'admin' }),
    ]);
  });

  it('logs a development staff member in with an HttpOnly, SameSite=Strict cookie of its own', async () => {
    const res = await send('POST', '/api/back-office/login/development', {}, { subject: 'dev-handler-2' });
    expect(res.statusCode).toBe(204);
    const cookie = res.cookies.find((c) => c.name === 'tietolupa_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.cookies.find((c) => c.name === 'tietolupa_session')).toBeUndefined();
    const session = await get('/api/back-office/session', { cookie: `tietolupa_staff=${cookie?.value}` });
    expect(session.json()).toMatchObject({
      staff: { name: 'Kalle Käsittelijä', role: 'handler', email: 'kalle.kasittelija@dvv.invalid' },
      expiresAt: '2026-11-25T18:00:00.000Z',
      idleExpiresAt: '2026-11-25T10:30:00.000Z',
    });
    // The same staff member again, not a second row; only the token's hash is stored.
    const again = await loginStaff(t.app, 'dev-handler-2');
    const rows = await query<{ id: string; token_hash: string }>(
      t.db.orm,
      sql`SELECT u.id, s.token_hash FROM staff_user u JOIN staff_session s ON s.staff_user_id = u.id
          WHERE u.subject = 'dev-handler-2'`,
    );
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([again.staffUserId]));
    expect(rows.map((r) => r.token_hash)).not.toContain(again.token);
  });

  it('refuses an unlisted development subject and unknown fields', async () => {
    expect(
      (await send('POST', '/api/back-office/login/development', {}, { subject: 'root' })).statusCode,
    ).toBe(404);
    expect(
      (await send('POST', '/api/back-office/login/development', {}, { subject: 'dev-admin', role: 'admin' }))
        .statusCode,
    ).toBe(400);
  });

  it('has no development login in production', async () => {
    const prod = await buildTestApp({
      env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1/unused', DEMO: 'false' },
    });
    try {
      expect(
        (await prod.app.inject({ method: 'GET', url: '/api/back-office/login/providers' })).json(),
      ).toEqual({
        providers: [],
      });
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/back-office/login/development',
        payload: { subject: 'dev-admin' },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });
});

describe('staff sessions', () => {
  it('needs the staff cookie: none, or a customer session, is 401', async () => {
    expect((await get('/api/back-office/session')).statusCode).toBe(401);
    const res = await get('/api/back-office/session', customer.headers);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('refuses an unsafe request without the staff CSRF token (403) and the customer token is not it', async () => {
    const cookieOnly = { cookie: hanna.headers.cookie };
    expect((await send('POST', '/api/back-office/logout', cookieOnly)).statusCode).toBe(403);
    const customersToken = { ...cookieOnly, 'x-csrf-token': customer.csrfToken };
    expect((await send('POST', '/api/back-office/logout', customersToken)).json()).toMatchObject({
      error: 'csrf_token_invalid',
    });
    expect((await get('/api/back-office/session', hanna.headers)).statusCode).toBe(200);
  });

  it('ends after 30 idle minutes, each request restarting the idle time, and 8 hours after login', async () => {
    const s = await loginStaff(t.app, 'dev-handler');
    t.clock.advance(29 * 60_000);
    expect((await get('/api/back-office/session', s.headers)).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await get('/api/back-office/session', s.headers)).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const idle = await get('/api/back-office/session', s.headers);
    expect(idle.statusCode).toBe(401);
    expect(idle.cookies.find((c) => c.name === 'tietolupa_staff')?.value).toBe('');

    const long = await loginStaff(t.app, 'dev-handler');
    for (let i = 0; i < 17; i++) {
      t.clock.advance(28 * 60_000);
      expect((await get('/api/back-office/session', long.headers)).statusCode).toBe(200);
    }
    t.clock.advance(28 * 60_000); // 8 h 4 min after login
    expect((await get('/api/back-office/session', long.headers)).statusCode).toBe(401);
    hanna = await loginStaff(t.app, 'dev-handler');
    aino = await loginStaff(t.app, 'dev-admin');
  });

  it('logs out: the session ends, the cookie is cleared and the audit trail has both events', async () => {
    const s = await loginStaff(t.app, 'dev-handler-2');
    const res = await send('POST', '/api/back-office/logout', s.headers);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'tietolupa_staff')?.value).toBe('');
    expect((await get('/api/back-office/session', s.headers)).statusCode).toBe(401);
    const audit = await query<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_event WHERE actor_user_id = ${s.staffUserId} ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['StaffLogin', 'StaffLogout']));
  });
});

describe('staff administration', () => {
  const staffUrl = '/api/back-office/staff';

  it('is for administrators only: 401 without a staff session, 401 for a customer, 403 for a handler', async () => {
    for (const headers of [{}, customer.headers]) {
      expect((await get(staffUrl, headers)).statusCode).toBe(401);
      expect((await send('POST', staffUrl, headers, {})).statusCode).toBe(401);
      expect((await send('PATCH', `${staffUrl}/${hanna.staffUserId}`, headers, {})).statusCode).toBe(401);
    }
    const res = await get(staffUrl, hanna.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'admin_required' });
    expect(
      (
        await send('POST', staffUrl, hanna.headers, {
          subject: 'x',
          name: 'X',
          email: 'x@dvv.fi',
          role: 'admin',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await send('PATCH', `${staffUrl}/${hanna.staffUserId}`, hanna.headers, { role: 'admin' })).statusCode,
    ).toBe(403);
  });

  it('adds a staff member by OIDC subject, once', async () => {
    const body = { subject: 'a1b2-c3', name: 'Olli Oikeus', email: 'olli.oikeus@dvv.fi', role: 'handler' };
    const res = await send('POST', staffUrl, aino.headers, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...body, provider: 'oidc', disabled: false, lastLoginAt: null });
    const again = await send('POST', staffUrl, aino.headers, body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'staff_exists' });
    expect(
      (await send('POST', staffUrl, aino.headers, { ...body, subject: 'z', email: 'nope' })).statusCode,
    ).toBe(400);
    const list = (await get(staffUrl, aino.headers)).json() as { subject: string }[];
    expect(list.map((s) => s.subject)).toEqual(
      expect.arrayContaining(['a1b2-c3', 'dev-handler', 'dev-admin']),
    );
  });

  it('changes a role, and disabling ends every session of that person at once', async () => {
    const kalle = await loginStaff(t.app, 'dev-handler-2');
    const promote = await send('PATCH', `${staffUrl}/${kalle.staffUserId}`, aino.headers, { role: 'admin' });
    expect(promote.json()).toMatchObject({ role: 'admin' });
    expect((await get('/api/back-office/session', kalle.headers)).json()).toMatchObject({
      staff: { role: 'admin' },
    });
    const disable = await send('PATCH', `${staffUrl}/${kalle.staffUserId}`, aino.headers, { disabled: true });
    expect(disable.json()).toMatchObject({ disabled: true, disabledAt: t.clock.now().toISOString() });
    expect((await get('/api/back-office/session', kalle.headers)).statusCode).toBe(401);
    const login = await send('POST', '/api/back-office/login/development', {}, { subject: 'dev-handler-2' });
    expect(login.statusCode).toBe(403);
    expect(login.json()).toMatchObject({ error: 'staff_disabled' });
    await send('PATCH', `${staffUrl}/${kalle.staffUserId}`, aino.headers, {
      disabled: false,
      role: 'handler',
    });
    expect((await loginStaff(t.app, 'dev-handler-2')).staffUserId).toBe(kalle.staffUserId);
  });

  it('does not let an administrator demote or disable themselves, and 404s an unknown id', async () => {
    for (const change of [{ role: 'handler' }, { disabled: true }]) {
      const res = await send('PATCH', `${staffUrl}/${aino.staffUserId}`, aino.headers, change);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'cannot_change_self' });
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await send('PATCH', `${staffUrl}/${missing}`, aino.headers, { role: 'admin' })).statusCode).toBe(
      404,
    );
    expect((await send('PATCH', `${staffUrl}/${missing}`, aino.headers, {})).statusCode).toBe(400);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { listOutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { createOrganisation, testBusinessId } from './test-data.js';

let t: TestApp;
let tessa: TestSession;
let anna: TestSession;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L', language: 'sv' });
  anna = await loginAs(t.app, { hetu: '010675-9981' });
});
afterAll(() => t.close());

const create = (session: TestSession | undefined, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/organisations', headers: session?.headers ?? {}, payload });

describe('POST /api/organisations', () => {
  const valid = () => ({
    name: 'Esimerkkikylän kunta',
    businessId: testBusinessId(),
    kind: 'public',
    email: 'Tessa.Testila@Esimerkkikyla.example',
  });

  it('needs a session (401)', async () => {
    expect((await create(undefined, valid())).statusCode).toBe(401);
  });

  it('refuses unknown fields and malformed values (400)', async () => {
    for (const payload of [
      { ...valid(), admin: true },
      { ...valid(), kind: 'charity' },
      { ...valid(), email: 'not an address' },
      { ...valid(), name: '   ' },
    ]) {
      const res = await create(tessa, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('refuses a business ID whose check digit is wrong (400 invalid_business_id)', async () => {
    const res = await create(tessa, { ...valid(), businessId: '0245437-3' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_business_id' });
  });

  it('creates the account with the creator as its main user', async () => {
    const payload = valid();
    const res = await create(tessa, payload);
    expect(res.statusCode).toBe(201);
    const body = res.json() as { organisation: { id: string } };
    expect(body).toEqual({
      organisation: {
        id: expect.any(String),
        name: payload.name,
        businessId: payload.businessId,
        kind: 'public',
      },
      role: 'main_user',
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: tessa.headers });
    expect(me.json()).toMatchObject({
      organisations: [{ id: body.organisation.id, businessId: payload.businessId, role: 'main_user' }],
    });
    const members = await query<{ email: string; role: string }>(
      t.db.orm,
      sql`SELECT email, role FROM membership WHERE organisation_id = ${body.organisation.id}`,
    );
    expect(members).toEqual([{ email: 'tessa.testila@esimerkkikyla.example', role: 'main_user' }]);
    const audit = await query<{ action: string; actor_user_id: string }>(
      t.db.orm,
      sql`SELECT action, actor_user_id FROM audit_event WHERE organisation_id = ${body.organisation.id}`,
    );
    expect(audit).toEqual([{ action: 'OrganisationCreate', actor_user_id: tessa.userId }]);
  });

  it('refuses a second account for the same business ID (409), tells the main users once an hour, creates nothing', async () => {
    const org = await createOrganisation(t.app, tessa, { email: 'tessa@example.fi' });
    const before = await listOutboxMail(t.db.orm, 100);

    const refused = await create(anna, { ...valid(), businessId: org.businessId, name: 'Toinen nimi' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({ error: 'account_exists', message: expect.stringMatching(/invite you/) });

    const notices = (await listOutboxMail(t.db.orm, 100)).filter((m) => !before.some((b) => b.id === m.id));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'account_exists',
      recipient: 'tessa@example.fi',
      language: 'sv',
    });
    expect(notices[0]?.textBody).toContain('Anna-Liisa Milka Sallinen');
    expect(notices[0]?.textBody).toContain(`https://asiointi.example.fi/organisations/${org.id}/users`);

    expect((await create(anna, { ...valid(), businessId: org.businessId })).statusCode).toBe(409);
    expect(await listOutboxMail(t.db.orm, 100)).toHaveLength(before.length + 1);
    t.clock.advance(3_600_000);
    // An hour is past the idle timeout: log in again.
    tessa = await loginAs(t.app, { hetu: '010280-952L' });
    anna = await loginAs(t.app, { hetu: '010675-9981' });
    expect((await create(anna, { ...valid(), businessId: org.businessId })).statusCode).toBe(409);
    expect(await listOutboxMail(t.db.orm, 100)).toHaveLength(before.length + 2);

    const annasAccounts = await t.app.inject({ method: 'GET', url: '/api/session', headers: anna.headers });
    expect(annasAccounts.json()).toMatchObject({ organisations: [] });
    const [organisation] = await query<{ name: string }>(
      t.db.orm,
      sql`SELECT name FROM organisation WHERE id = ${org.id}`,
    );
    expect(organisation?.name).toBe(`Testi ${org.businessId} Oy`);
  });
});

describe('GET /api/session', () => {
  it('needs a session (401)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('refuses unknown query fields (400)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/session?debug=1', headers: tessa.headers });
    expect(res.statusCode).toBe(400);
  });

  it('tells who I am, my organisations and roles, and the CSRF token, but not my identity code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: anna.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: {
        id: anna.userId,
        firstNames: 'Anna-Liisa Milka',
        givenName: 'Anna-Liisa',
        lastName: 'Sallinen',
        language: 'fi',
      },
      csrfToken: anna.csrfToken,
      expiresAt: expect.any(String),
      idleExpiresAt: expect.any(String),
      organisations: [],
    });
    expect(res.body).not.toContain('010675-9981');
  });
});

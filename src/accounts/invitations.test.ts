import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { listOutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { createOrganisation, invitationTokenFor } from './test-data.js';

let t: TestApp;
let tessa: TestSession; // main user of org
let joni: TestSession; // main user of other
let anna: TestSession; // invited
let minerva: TestSession; // a plain user of org
let org: { id: string; businessId: string };
let other: { id: string; businessId: string };

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  joni = await loginAs(t.app, { hetu: '010469-999W' });
  anna = await loginAs(t.app, { hetu: '010675-9981' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  org = await createOrganisation(t.app, tessa, { name: 'Kutsukunta', email: 'tessa@kutsukunta.example' });
  other = await createOrganisation(t.app, joni, { name: 'Muu Oy' });
  await invite(tessa, org.id, { email: 'minerva@kutsukunta.example', role: 'user' });
  await accept(minerva, await invitationTokenFor(t.db.orm, 'minerva@kutsukunta.example'));
});
afterAll(() => t.close());

function invite(session: TestSession | undefined, organisationId: string, payload: object) {
  return t.app.inject({
    method: 'POST',
    url: `/api/organisations/${organisationId}/invitations`,
    headers: session?.headers ?? {},
    payload,
  });
}

function accept(session: TestSession | undefined, token: unknown) {
  return t.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    headers: session?.headers ?? {},
    payload: { token },
  });
}

const membersOf = (organisationId: string) =>
  query<{ user_id: string; role: string; email: string }>(
    t.db.orm,
    sql`SELECT user_id, role, email FROM membership WHERE organisation_id = ${organisationId} ORDER BY created_at`,
  );

describe('POST /api/organisations/:organisationId/invitations', () => {
  it('needs a session (401)', async () => {
    expect((await invite(undefined, org.id, { email: 'x@example.fi', role: 'user' })).statusCode).toBe(401);
  });

  it("refuses another organisation's main user, and answers the same for an organisation that does not exist (403)", async () => {
    const foreign = await invite(joni, org.id, { email: 'x@example.fi', role: 'user' });
    const missing = await invite(joni, '00000000-0000-4000-8000-000000000000', {
      email: 'x@example.fi',
      role: 'user',
    });
    expect(foreign.statusCode).toBe(403);
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual(foreign.json());
  });

  it('refuses a plain user: only main users invite (403)', async () => {
    const res = await invite(minerva, org.id, { email: 'x@example.fi', role: 'user' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'main_user_required' });
  });

  it('refuses unknown fields and bad values (400)', async () => {
    for (const payload of [
      { email: 'x@example.fi', role: 'user', message: 'hi' },
      { email: 'x@example.fi', role: 'admin' },
      { email: 'nope', role: 'user' },
    ]) {
      expect((await invite(tessa, org.id, payload)).statusCode).toBe(400);
    }
  });

  it('invites: the mail in the chosen language carries a single-use link, and only its hash is stored', async () => {
    const res = await invite(tessa, org.id, { email: 'Anna@Example.fi', role: 'main_user', language: 'en' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      email: 'anna@example.fi',
      role: 'main_user',
      expiresAt: '2026-12-02T10:00:00.000Z',
    });
    expect(res.body).not.toContain('token');
    const [mail] = (await listOutboxMail(t.db.orm, 100)).filter((m) => m.recipient === 'anna@example.fi');
    expect(mail).toMatchObject({ kind: 'invitation', language: 'en', state: 'pending' });
    expect(mail?.subject).toBe('Invitation to the Tietolupa e-service: Kutsukunta');
    const token = await invitationTokenFor(t.db.orm, 'anna@example.fi');
    expect(mail?.textBody).toContain(`https://asiointi.example.fi/invitations/accept#token=${token}`);
    const stored = await query<{ token_hash: string }>(t.db.orm, sql`SELECT token_hash FROM invitation`);
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
  });

  it('refuses a second live invitation to the same address, and inviting a member (409)', async () => {
    const again = await invite(tessa, org.id, { email: 'anna@example.fi', role: 'user' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'invitation_pending' });
    const member = await invite(tessa, org.id, { email: 'minerva@kutsukunta.example', role: 'user' });
    expect(member.statusCode).toBe(409);
    expect(member.json()).toMatchObject({ error: 'already_member' });
  });
});

describe('POST /api/invitations/accept', () => {
  it('needs a session (401)', async () => {
    const token = await invitationTokenFor(t.db.orm, 'anna@example.fi');
    expect((await accept(undefined, token)).statusCode).toBe(401);
  });

  it('refuses unknown fields (400)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      headers: anna.headers,
      payload: { token: 'x'.repeat(43), organisationId: org.id },
    });
    expect(res.statusCode).toBe(400);
  });

  it('answers an unknown token with 404 and changes nothing', async () => {
    const res = await accept(anna, 'A'.repeat(43));
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'invitation_not_found' });
  });

  it('refuses someone who already is a user of the account (409), and the invitation stays usable', async () => {
    const token = await invitationTokenFor(t.db.orm, 'anna@example.fi');
    const res = await accept(minerva, token);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'already_member' });
    expect((await membersOf(org.id)).map((m) => m.user_id)).not.toContain(anna.userId);
  });

  it('joins the identified person with the invited role; the link works only once (409)', async () => {
    const token = await invitationTokenFor(t.db.orm, 'anna@example.fi');
    const res = await accept(anna, token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      organisation: { id: org.id, name: 'Kutsukunta', businessId: org.businessId, kind: 'company' },
      role: 'main_user',
    });
    expect(await membersOf(org.id)).toContainEqual({
      user_id: anna.userId,
      role: 'main_user',
      email: 'anna@example.fi',
    });

    const reused = await accept(joni, token);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ error: 'invitation_used' });
    expect((await membersOf(org.id)).map((m) => m.user_id)).not.toContain(joni.userId);
  });

  it('refuses an expired invitation (410) and changes nothing', async () => {
    await invite(joni, other.id, { email: 'late@example.fi', role: 'user' });
    const token = await invitationTokenFor(t.db.orm, 'late@example.fi');
    t.clock.advance(7 * 86_400_000);
    const late = await loginAs(t.app, { hetu: '260991-999R' });
    const res = await accept(late, token);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ error: 'invitation_expired' });
    expect((await membersOf(other.id)).map((m) => m.user_id)).not.toContain(late.userId);
  });
});

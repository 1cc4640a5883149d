import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { insertMembership } from './queries.js';
import { createOrganisation } from './test-data.js';

let t: TestApp;
let tessa: TestSession; // main user of org
let minerva: TestSession; // user of org
let joni: TestSession; // main user of other
let org: { id: string };
let other: { id: string };
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  joni = await loginAs(t.app, { hetu: '010469-999W' });
  org = await createOrganisation(t.app, tessa, { email: 'tessa@example.fi' });
  other = await createOrganisation(t.app, joni);
  await insertMembership(
    t.db.orm,
    { organisationId: org.id, userId: minerva.userId, role: 'user', email: 'minerva@example.fi' },
    t.clock.now(),
  );
});
afterAll(() => t.close());

const members = (session: TestSession | undefined, organisationId: string, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/organisations/${organisationId}/members${query}`,
    headers: session?.headers ?? {},
  });
const setRole = (session: TestSession | undefined, organisationId: string, userId: string, payload: object) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/organisations/${organisationId}/members/${userId}`,
    headers: session?.headers ?? {},
    payload,
  });
const remove = (session: TestSession | undefined, organisationId: string, userId: string, payload?: object) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/organisations/${organisationId}/members/${userId}`,
    headers: session?.headers ?? {},
    ...(payload ? { payload } : {}),
  });
const roles = async (organisationId: string) =>
  Object.fromEntries(
    (
      (await members(tessa, organisationId)).json() as { members: { userId: string; role: string }[] }
    ).members.map((m) => [m.userId, m.role]),
  );

describe('GET /api/organisations/:organisationId/members', () => {
  it('needs a session (401)', async () => {
    expect((await members(undefined, org.id)).statusCode).toBe(401);
  });

  it('is closed to other organisations, existing or not, with the same 403', async () => {
    const foreign = await members(joni, org.id);
    expect(foreign.statusCode).toBe(403);
    expect((await members(joni, MISSING)).json()).toEqual(foreign.json());
  });

  it('refuses unknown query fields (400)', async () => {
    expect((await members(tessa, org.id, '?all=true')).statusCode).toBe(400);
  });

  it('lists the users with roles for any user of the account', async () => {
    const res = await members(minerva, org.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      members: [
        {
          userId: minerva.userId,
          firstNames: 'Minerva',
          lastName: 'Marttila',
          email: 'minerva@example.fi',
          role: 'user',
          joinedAt: '2026-11-25T10:00:00.000Z',
        },
        expect.objectContaining({ userId: tessa.userId, lastName: 'Testilä', role: 'main_user' }),
      ],
    });
  });
});

describe('PATCH /api/organisations/:organisationId/members/:userId', () => {
  it('needs a session (401)', async () => {
    expect((await setRole(undefined, org.id, minerva.userId, { role: 'main_user' })).statusCode).toBe(401);
  });

  it("refuses another organisation's main user and a plain user (403)", async () => {
    expect((await setRole(joni, org.id, minerva.userId, { role: 'main_user' })).statusCode).toBe(403);
    const selfPromotion = await setRole(minerva, org.id, minerva.userId, { role: 'main_user' });
    expect(selfPromotion.statusCode).toBe(403);
    expect(selfPromotion.json()).toMatchObject({ error: 'main_user_required' });
  });

  it('refuses unknown fields and roles (400), and a person outside the account is 404', async () => {
    expect((await setRole(tessa, org.id, minerva.userId, { role: 'user', note: 'x' })).statusCode).toBe(400);
    expect((await setRole(tessa, org.id, minerva.userId, { role: 'owner' })).statusCode).toBe(400);
    expect((await setRole(tessa, org.id, joni.userId, { role: 'user' })).statusCode).toBe(404);
  });

  it('never demotes the last main user (409)', async () => {
    const res = await setRole(tessa, org.id, tessa.userId, { role: 'user' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'last_main_user' });
    expect((await roles(org.id))[tessa.userId]).toBe('main_user');
  });

  it('changes roles: promote another, then step down', async () => {
    const promoted = await setRole(tessa, org.id, minerva.userId, { role: 'main_user' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toEqual({ userId: minerva.userId, role: 'main_user' });
    expect((await setRole(tessa, org.id, tessa.userId, { role: 'user' })).statusCode).toBe(200);
    expect(await roles(org.id)).toEqual({ [tessa.userId]: 'user', [minerva.userId]: 'main_user' });
    // Restore for the next tests.
    expect((await setRole(minerva, org.id, tessa.userId, { role: 'main_user' })).statusCode).toBe(200);
    expect((await setRole(tessa, org.id, minerva.userId, { role: 'user' })).statusCode).toBe(200);
  });

  it('keeps a main user when two main users demote each other at the same time', async () => {
    await setRole(tessa, org.id, minerva.userId, { role: 'main_user' });
    const results = await Promise.all([
      setRole(tessa, org.id, minerva.userId, { role: 'user' }),
      setRole(minerva, org.id, tessa.userId, { role: 'user' }),
    ]);
    // The one that waited either lost its own main-user right (403) or would have removed the last one (409).
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, expect.toBeOneOf([403, 409])]);
    const after = Object.values(await rolesAs(minerva, tessa));
    expect(after.filter((r) => r === 'main_user')).toHaveLength(1);
  });
});

/** The roles, read by whichever of the two is still allowed to read (both are members). */
async function rolesAs(...sessions: TestSession[]) {
  for (const s of sessions) {
    const res = await members(s, org.id);
    if (res.statusCode === 200) {
      return Object.fromEntries(
        (res.json() as { members: { userId: string; role: string }[] }).members.map((m) => [
          m.userId,
          m.role,
        ]),
      );
    }
  }
  throw new Error('nobody can read the members');
}

describe('DELETE /api/organisations/:organisationId/members/:userId', () => {
  it('needs a session (401)', async () => {
    expect((await remove(undefined, other.id, joni.userId)).statusCode).toBe(401);
  });

  it("refuses another organisation's main user (403)", async () => {
    expect((await remove(tessa, other.id, joni.userId)).statusCode).toBe(403);
  });

  it('refuses unknown fields (400)', async () => {
    expect((await remove(joni, other.id, joni.userId, { force: true })).statusCode).toBe(400);
  });

  it('never removes the last main user (409)', async () => {
    const res = await remove(joni, other.id, joni.userId);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'last_main_user' });
  });

  it('removes a user, who then has no access', async () => {
    await insertMembership(
      t.db.orm,
      { organisationId: other.id, userId: tessa.userId, role: 'user', email: 'tessa@muu.example' },
      t.clock.now(),
    );
    expect((await members(tessa, other.id)).statusCode).toBe(200);
    expect((await remove(joni, other.id, tessa.userId)).statusCode).toBe(204);
    expect((await members(tessa, other.id)).statusCode).toBe(403);
    expect((await remove(joni, other.id, tessa.userId)).statusCode).toBe(404);
  });
});

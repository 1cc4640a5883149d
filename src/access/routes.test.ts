import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMembership } from '../accounts/index.js';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { authorize } from './authorize.js';
import { decideConnection } from './connections.js';
import { insertPermit, type NewPermit } from './permits.js';
import { makeTestPki } from './test-certificates.js';

let t: TestApp;
let tessa: TestSession; // main user of org
let minerva: TestSession; // plain user of org
let joni: TestSession; // main user of other
let org: { id: string };
let other: { id: string };
let permitId: string;
let revokedPermitId: string;
let otherPermitId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';
const pki = makeTestPki([{ name: 'client' }]);
const clientCert = (pki.leaves.client as { cert: string }).cert;

const permit = (organisationId: string, state: string): NewPermit => ({
  organisationId,
  interface: 'muutosrajapinta',
  state,
  dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
  turvakielto: false,
  selection: { kind: 'hetu_list' },
  validFrom: '2026-01-01',
  validUntil: '2028-12-31',
});

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  joni = await loginAs(t.app, { hetu: '010469-999W' });
  org = await createOrganisation(t.app, tessa, { kind: 'public' });
  other = await createOrganisation(t.app, joni);
  const now = t.clock.now();
  await insertMembership(
    t.db.orm,
    { organisationId: org.id, userId: minerva.userId, role: 'user', email: 'm@example.fi' },
    now,
  );
  permitId = await insertPermit(t.db.orm, permit(org.id, 'active'), now);
  revokedPermitId = await insertPermit(t.db.orm, permit(org.id, 'revoked'), now);
  otherPermitId = await insertPermit(t.db.orm, permit(other.id, 'active'), now);
});
afterAll(() => t.close());

const send = (
  session: TestSession | undefined,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  headers?: Record<string, string>,
) =>
  t.app.inject({ method, url, headers: headers ?? session?.headers ?? {}, ...(payload ? { payload } : {}) });

const permits = (o: string) => `/api/organisations/${o}/permits`;
const credentials = (o: string, p: string) => `${permits(o)}/${p}/credentials`;
const connections = (o: string, p: string) => `${permits(o)}/${p}/connections`;

async function issue(session = tessa, p = permitId) {
  const res = await send(session, 'POST', credentials(org.id, p));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; username: string; password: string };
}

describe('GET …/permits', () => {
  it('needs a session (401)', async () => {
    expect((await send(undefined, 'GET', permits(org.id))).statusCode).toBe(401);
  });

  it('is closed to other organisations, existing or not (403)', async () => {
    expect((await send(joni, 'GET', permits(org.id))).statusCode).toBe(403);
    expect((await send(joni, 'GET', permits(MISSING))).statusCode).toBe(403);
  });

  it('refuses unknown query fields (400)', async () => {
    expect((await send(tessa, 'GET', `${permits(org.id)}?state=active`)).statusCode).toBe(400);
  });

  it("lists the organisation's own permits with state, interface, data groups and validity", async () => {
    const res = await send(minerva, 'GET', permits(org.id));
    expect(res.statusCode).toBe(200);
    const body = res.json() as { permits: { id: string }[] };
    expect(body.permits.map((p) => p.id).sort()).toEqual([permitId, revokedPermitId].sort());
    expect(body.permits.find((p) => p.id === permitId)).toEqual({
      id: permitId,
      interface: 'muutosrajapinta',
      state: 'active',
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
      turvakielto: false,
      products: [],
      framework: false,
      validFrom: '2026-01-01',
      validUntil: '2028-12-31',
      // Set for permits granted in the e-service (permits/permits.test.ts covers those).
      reference: null,
      termsDeadline: null,
      applicationId: null,
      decisionId: null,
    });
  });
});

describe('POST …/credentials', () => {
  it('needs a session (401)', async () => {
    expect((await send(undefined, 'POST', credentials(org.id, permitId))).statusCode).toBe(401);
  });

  it("refuses plain users, other organisations' main users, and another organisation's permit", async () => {
    const plain = await send(minerva, 'POST', credentials(org.id, permitId));
    expect(plain.statusCode).toBe(403);
    expect(plain.json()).toMatchObject({ error: 'main_user_required' });
    expect((await send(joni, 'POST', credentials(org.id, permitId))).statusCode).toBe(403);
    const foreignPermit = await send(tessa, 'POST', credentials(org.id, otherPermitId));
    expect(foreignPermit.statusCode).toBe(404);
    expect(foreignPermit.json()).toMatchObject({ error: 'permit_not_found' });
  });

  it('refuses unknown fields (400) and a forged cross-site request (403), creating nothing', async () => {
    expect((await send(tessa, 'POST', credentials(org.id, permitId), { username: 'mine' })).statusCode).toBe(
      400,
    );
    const forged = await send(tessa, 'POST', credentials(org.id, permitId), undefined, {
      cookie: tessa.headers.cookie,
    });
    expect(forged.statusCode).toBe(403);
    expect(await query(t.db.orm, sql`SELECT id FROM api_credential`)).toEqual([]);
  });

  it('refuses a permit that is no longer open (409 permit_closed)', async () => {
    const res = await send(tessa, 'POST', credentials(org.id, revokedPermitId));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'permit_closed' });
  });

  it('issues a working credential whose password is shown once', async () => {
    const issued = await issue();
    expect(issued).toEqual({
      id: expect.any(String),
      username: expect.stringMatching(/^mutp-/),
      password: expect.any(String),
      createdAt: '2026-11-25T10:00:00.000Z',
    });
    // It opens the interface once the connection is approved.
    const connection = await send(tessa, 'POST', connections(org.id, permitId), {
      xroadClient: 'FI-TEST/MUN/0101263-6/issued',
    });
    await decideConnection(t.db.orm, (connection.json() as { id: string }).id, 'approved', t.clock.now());
    const decision = await authorize(
      t.db.orm,
      { username: issued.username, password: issued.password },
      {
        interface: 'muutosrajapinta',
        operation: 'muutokset',
        transport: { xroadClient: 'FI-TEST/MUN/0101263-6/issued' },
      },
      t.clock.now(),
    );
    expect(decision.ok).toBe(true);
  });
});

describe('GET …/credentials', () => {
  it('needs a session (401), is closed to other organisations (403), refuses unknown fields (400)', async () => {
    expect((await send(undefined, 'GET', credentials(org.id, permitId))).statusCode).toBe(401);
    expect((await send(joni, 'GET', credentials(org.id, permitId))).statusCode).toBe(403);
    expect((await send(tessa, 'GET', `${credentials(org.id, permitId)}?x=1`)).statusCode).toBe(400);
    expect((await send(joni, 'GET', credentials(other.id, permitId))).statusCode).toBe(404);
  });

  it('lists usernames and validity, never a hash or a password', async () => {
    const issued = await issue();
    const res = await send(minerva, 'GET', credentials(org.id, permitId));
    expect(res.statusCode).toBe(200);
    const listed = (res.json() as { credentials: object[] }).credentials;
    expect(listed).toContainEqual({
      id: issued.id,
      username: issued.username,
      state: 'active',
      createdAt: '2026-11-25T10:00:00.000Z',
      expiresAt: null,
    });
    expect(res.body).not.toContain(issued.password);
    expect(res.body).not.toContain('argon2');
  });
});

describe('POST …/credentials/:credentialId/rotate', () => {
  const rotate = (session: TestSession | undefined, id: string, payload?: object) =>
    send(session, 'POST', `${credentials(org.id, permitId)}/${id}/rotate`, payload);

  it('needs a session (401), a main user (403), the own permit (404) and no unknown fields (400)', async () => {
    const { id } = await issue();
    expect((await rotate(undefined, id)).statusCode).toBe(401);
    expect((await rotate(minerva, id)).statusCode).toBe(403);
    expect((await rotate(joni, id)).statusCode).toBe(403);
    expect((await rotate(tessa, MISSING)).statusCode).toBe(404);
    expect((await rotate(tessa, id, { overlapHours: 1 })).statusCode).toBe(400);
  });

  it('issues a successor and keeps the old credential valid for the overlap; a rotated one cannot be rotated again (409)', async () => {
    const old = await issue();
    const res = await rotate(tessa, old.id);
    expect(res.statusCode).toBe(201);
    const body = res.json() as { credential: { id: string; password: string }; previous: object };
    expect(body.previous).toEqual({ id: old.id, expiresAt: '2026-12-02T10:00:00.000Z' });
    expect(body.credential.password).not.toBe(old.password);
    const listed = (await send(tessa, 'GET', credentials(org.id, permitId))).json() as {
      credentials: { id: string; state: string }[];
    };
    expect(listed.credentials.find((c) => c.id === old.id)?.state).toBe('rotated');
    expect(listed.credentials.find((c) => c.id === body.credential.id)?.state).toBe('active');

    const again = await rotate(tessa, old.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'credential_already_rotated' });
  });
});

describe('POST …/credentials/:credentialId/revoke', () => {
  const revoke = (session: TestSession | undefined, id: string, payload?: object) =>
    send(session, 'POST', `${credentials(org.id, permitId)}/${id}/revoke`, payload);

  it('needs a session (401), a main user (403), the own permit (404) and no unknown fields (400)', async () => {
    const { id } = await issue();
    expect((await revoke(undefined, id)).statusCode).toBe(401);
    expect((await revoke(minerva, id)).statusCode).toBe(403);
    expect((await revoke(joni, id)).statusCode).toBe(403);
    expect((await send(joni, 'POST', `${credentials(other.id, permitId)}/${id}/revoke`)).statusCode).toBe(
      404,
    );
    expect((await revoke(tessa, id, { reason: 'x' })).statusCode).toBe(400);
  });

  it('ends the credential at once; ending it again is refused (409)', async () => {
    const { id } = await issue();
    const res = await revoke(tessa, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, state: 'ended', expiresAt: '2026-11-25T10:00:00.000Z' });
    const again = await revoke(tessa, id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'credential_ended' });
    expect((await send(tessa, 'POST', `${credentials(org.id, permitId)}/${id}/rotate`)).statusCode).toBe(409);
  });
});

describe('GET and POST …/connections', () => {
  it('needs a session (401), is closed to other organisations (403), refuses unknown fields (400)', async () => {
    expect((await send(undefined, 'GET', connections(org.id, permitId))).statusCode).toBe(401);
    expect(
      (await send(undefined, 'POST', connections(org.id, permitId), { xroadClient: 'x' })).statusCode,
    ).toBe(401);
    expect((await send(joni, 'GET', connections(org.id, permitId))).statusCode).toBe(403);
    expect(
      (await send(joni, 'POST', connections(org.id, permitId), { xroadClient: 'FI-TEST/COM/1710128-9/a' }))
        .statusCode,
    ).toBe(403);
    expect((await send(tessa, 'GET', `${connections(org.id, permitId)}?x=1`)).statusCode).toBe(400);
    expect(
      (
        await send(tessa, 'POST', connections(org.id, permitId), {
          xroadClient: 'FI-TEST/MUN/0101263-6/a',
          state: 'approved',
        })
      ).statusCode,
    ).toBe(400);
    const invalid = await send(tessa, 'POST', connections(org.id, permitId), { xroadClient: 'not-an-id' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: 'invalid_xroad_client' });
  });

  it('registers an X-Road subsystem and a client certificate as pending, for any user of the account', async () => {
    const subsystem = await send(minerva, 'POST', connections(org.id, permitId), {
      xroadClient: 'FI-TEST/MUN/0101263-6/evaka',
    });
    expect(subsystem.statusCode).toBe(201);
    expect(subsystem.json()).toEqual({
      id: expect.any(String),
      kind: 'xroad',
      environment: 'test',
      state: 'pending',
      xroadClient: 'FI-TEST/MUN/0101263-6/evaka',
      certificate: null,
    });
    const certificate = await send(tessa, 'POST', connections(org.id, permitId), {
      certificatePem: clientCert,
      environment: 'production',
    });
    expect(certificate.statusCode).toBe(201);
    expect(certificate.json()).toMatchObject({
      kind: 'certificate',
      environment: 'production',
      state: 'pending',
      xroadClient: null,
      certificate: {
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        subject: expect.stringContaining('CN=client'),
      },
    });
    const listed = await send(minerva, 'GET', connections(org.id, permitId));
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { connections: { id: string }[] }).connections.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        (subsystem.json() as { id: string }).id,
        (certificate.json() as { id: string }).id,
      ]),
    );
  });

  it('refuses the same connection twice and a closed permit (409), registering nothing', async () => {
    const before = await query(t.db.orm, sql`SELECT id FROM connection`);
    const duplicate = await send(tessa, 'POST', connections(org.id, permitId), {
      xroadClient: 'FI-TEST/MUN/0101263-6/evaka',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ error: 'connection_exists' });
    const closed = await send(tessa, 'POST', connections(org.id, revokedPermitId), {
      xroadClient: 'FI-TEST/MUN/0101263-6/new',
    });
    expect(closed.statusCode).toBe(409);
    expect(await query(t.db.orm, sql`SELECT id FROM connection`)).toEqual(before);
  });
});

describe('audit and logs', () => {
  it('records credential actions as IDs only, and no password reaches a log line', async () => {
    const issued = await issue();
    const events = await query<{ action: string; target_id: string; organisation_id: string }>(
      t.db.orm,
      sql`SELECT action, target_id, organisation_id FROM audit_event WHERE action = 'CredentialIssue'`,
    );
    expect(events).toContainEqual({
      action: 'CredentialIssue',
      target_id: issued.id,
      organisation_id: org.id,
    });
    const log = t.logLines.join('');
    expect(log).not.toContain(issued.password);
    expect(log).not.toContain(tessa.token);
    expect(log).not.toContain('010280-952L');
  });
});

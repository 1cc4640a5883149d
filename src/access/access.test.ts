import { X509Certificate } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBusinessId } from '../accounts/business-id.js';
import { query } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { authorize } from './authorize.js';
import {
  certificateFingerprint,
  decideConnection,
  listConnections,
  registerCertificate,
  registerXRoadSubsystem,
} from './connections.js';
import { issueCredential, revokeCredential, rotateCredential } from './credentials.js';
import { insertEndCustomer, insertOrganisation, insertPermit } from './permits.js';
import { takeRequest } from './rate-limit.js';
import { makeTestPki } from './test-certificates.js';

const now = new Date('2026-11-25T10:00:00Z');
let db: TestDatabase;
let permitId: string;
let framework: string;
const pki = makeTestPki([{ name: 'client-a' }]);
const clientCert = pki.leaves['client-a'] as { cert: string };
const xroadClient = 'FI-TEST/MUN/0101263-6/vtj-client';

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await insertOrganisation(
    db.orm,
    { name: 'Espoon kaupunki', businessId: '0101263-6', kind: 'public' },
    now,
  );
  permitId = await insertPermit(
    db.orm,
    {
      organisationId: org,
      interface: 'muutosrajapinta',
      state: 'active',
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
      turvakielto: false,
      selection: { kind: 'municipalities', codes: ['049'] },
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    },
    now,
  );
  const vendor = await insertOrganisation(
    db.orm,
    { name: 'Välittäjä Oy', businessId: makeBusinessId('2908758'), kind: 'company' },
    now,
  );
  framework = await insertPermit(
    db.orm,
    {
      organisationId: vendor,
      interface: 'vtjkysely',
      state: 'active',
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA', 'TURVAKIELTO'],
      turvakielto: true,
      selection: { kind: 'hetu_list' },
      products: ['PERUSSANOMA 1'],
      framework: true,
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    },
    now,
  );
  await insertEndCustomer(
    db.orm,
    framework,
    {
      businessId: '0201256-6',
      name: 'Helsingin kaupunki',
      dataGroups: ['HENKILON_NIMI'],
      turvakielto: false,
      approved: true,
    },
    now,
  );
});
afterAll(() => db.close());

const mutp = (transport: { xroadClient?: string; certificateSha256?: string }) => ({
  interface: 'muutosrajapinta' as const,
  operation: 'muutokset',
  transport,
});

describe('access', () => {
  it('authorizes a live credential through an approved connection, and refuses every other combination', async () => {
    const credential = await issueCredential(db.orm, { id: permitId, interface: 'muutosrajapinta' }, now);
    expect(credential.username).toMatch(/^mutp-[0-9a-f]{10}$/);
    expect(credential.password.length).toBeGreaterThanOrEqual(32);
    const [stored] = await query<{ password_hash: string }>(
      db.orm,
      sql`SELECT password_hash FROM api_credential WHERE id = ${credential.id}`,
    );
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored?.password_hash).not.toContain(credential.password);

    const connection = await registerXRoadSubsystem(db.orm, permitId, xroadClient, now);
    expect(connection).toMatchObject({ kind: 'xroad', environment: 'test', state: 'pending', xroadClient });
    expect(await authorize(db.orm, credential, mutp({ xroadClient }), now)).toEqual({
      ok: false,
      reason: 'connection_not_approved',
    });
    await decideConnection(db.orm, connection.id, 'approved', now);

    const granted = await authorize(db.orm, credential, mutp({ xroadClient }), now);
    expect(granted).toMatchObject({
      ok: true,
      view: { permitId, connectionId: connection.id, selection: { kind: 'municipalities', codes: ['049'] } },
    });
    expect(granted.ok && [...granted.view.dataGroups]).toEqual(['HENKILON_NIMI', 'KOTIKUNTA']);

    expect(await authorize(db.orm, undefined, mutp({ xroadClient }), now)).toEqual({
      ok: false,
      reason: 'missing_credentials',
    });
    expect(await authorize(db.orm, { ...credential, password: 'wrong' }, mutp({ xroadClient }), now)).toEqual(
      { ok: false, reason: 'invalid_credentials' },
    );
    expect(
      await authorize(db.orm, { ...credential, username: 'mutp-nobody' }, mutp({ xroadClient }), now),
    ).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(
      await authorize(db.orm, credential, mutp({ xroadClient: 'FI-TEST/MUN/0101263-6/someone-else' }), now),
    ).toEqual({ ok: false, reason: 'unknown_connection' });
    expect(
      await authorize(db.orm, credential, { ...mutp({ xroadClient }), interface: 'vtjkysely' }, now),
    ).toEqual({ ok: false, reason: 'wrong_interface' });
    expect(
      await authorize(db.orm, credential, mutp({ xroadClient }), new Date('2028-01-02T10:00:00Z')),
    ).toEqual({ ok: false, reason: 'permit_expired' });
  });

  it('keeps a rotated credential valid for the overlap, and a revoked one never', async () => {
    const first = await issueCredential(db.orm, { id: permitId, interface: 'muutosrajapinta' }, now);
    const second = await db.orm.transaction(async (tx) => rotateCredential(tx, first.id, now, 24));
    expect(second?.username).not.toBe(first.username);
    const inOverlap = new Date(now.getTime() + 23 * 3_600_000);
    const afterOverlap = new Date(now.getTime() + 25 * 3_600_000);
    expect((await authorize(db.orm, first, mutp({ xroadClient }), inOverlap)).ok).toBe(true);
    expect(await authorize(db.orm, first, mutp({ xroadClient }), afterOverlap)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
    expect((await authorize(db.orm, second as never, mutp({ xroadClient }), afterOverlap)).ok).toBe(true);

    expect(await revokeCredential(db.orm, (second as { id: string }).id, afterOverlap)).toBe(true);
    expect(await authorize(db.orm, second as never, mutp({ xroadClient }), afterOverlap)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
    expect(await revokeCredential(db.orm, (second as { id: string }).id, afterOverlap)).toBe(false);
  });

  it('identifies a direct client by its certificate fingerprint, read from the PEM at registration', async () => {
    const credential = await issueCredential(db.orm, { id: permitId, interface: 'muutosrajapinta' }, now);
    const connection = await registerCertificate(db.orm, permitId, clientCert.cert, 'test', now);
    const fingerprint = certificateFingerprint(new X509Certificate(clientCert.cert));
    expect(connection).toMatchObject({
      kind: 'certificate',
      certificateSha256: fingerprint,
      state: 'pending',
    });
    expect(connection.certificateSubject).toContain('CN=client-a');
    expect(connection.certificateIssuer).toContain('CN=Tietolupa Test CA');
    await decideConnection(db.orm, connection.id, 'approved', now);
    expect((await authorize(db.orm, credential, mutp({ certificateSha256: fingerprint }), now)).ok).toBe(
      true,
    );
    await decideConnection(db.orm, connection.id, 'revoked', now);
    expect(await authorize(db.orm, credential, mutp({ certificateSha256: fingerprint }), now)).toEqual({
      ok: false,
      reason: 'connection_not_approved',
    });
  });

  it('refuses malformed registrations and illegal connection transitions with clear errors', async () => {
    await expect(
      registerXRoadSubsystem(db.orm, permitId, 'FI-TEST/MUN/0101263-6', now),
    ).rejects.toMatchObject({ status: 400, code: 'invalid_xroad_client' });
    await expect(registerXRoadSubsystem(db.orm, permitId, 'XX/MUN/0101263-6/a', now)).rejects.toMatchObject({
      code: 'invalid_xroad_client',
    });
    await expect(
      registerCertificate(db.orm, permitId, 'not a certificate', 'test', now),
    ).rejects.toMatchObject({ status: 400, code: 'invalid_certificate' });
    const connection = await registerXRoadSubsystem(db.orm, permitId, 'FI/MUN/0101263-6/prod-client', now);
    expect(connection.environment).toBe('production');
    await decideConnection(db.orm, connection.id, 'rejected', now);
    await expect(decideConnection(db.orm, connection.id, 'approved', now)).rejects.toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });
    const all = await listConnections(db.orm, permitId);
    expect(all.find((c) => c.id === connection.id)?.state).toBe('rejected');
  });

  it('gives an intermediary only what the named end customer was approved for', async () => {
    const credential = await issueCredential(db.orm, { id: framework, interface: 'vtjkysely' }, now);
    const connection = await registerCertificate(db.orm, framework, clientCert.cert, 'test', now);
    await decideConnection(db.orm, connection.id, 'approved', now);
    const request = {
      interface: 'vtjkysely' as const,
      operation: 'TeeHenkilonTunnusKysely',
      transport: { certificateSha256: connection.certificateSha256 as string },
      product: 'Perussanoma 1',
      endUser: 'käsittelijä 7',
    };
    expect(await authorize(db.orm, credential, request, now)).toEqual({
      ok: false,
      reason: 'end_customer_required',
    });
    expect(await authorize(db.orm, credential, { ...request, endCustomer: '0211675-2' }, now)).toEqual({
      ok: false,
      reason: 'end_customer_not_approved',
    });
    const granted = await authorize(db.orm, credential, { ...request, endCustomer: '0201256-6' }, now);
    expect(granted.ok && [...granted.view.dataGroups]).toEqual(['HENKILON_NIMI']);
    expect(granted).toMatchObject({
      ok: true,
      view: { turvakielto: false, endUser: 'käsittelijä 7', product: 'PERUSSANOMA 1' },
    });
  });

  it('counts requests per connection in the database and answers with Retry-After at the limit', async () => {
    const rule = { limit: 3, windowSeconds: 60 };
    const at = new Date('2026-11-25T10:00:10Z');
    for (let i = 0; i < 3; i++) expect((await takeRequest(db.orm, 'connection:x', rule, at)).ok).toBe(true);
    expect(await takeRequest(db.orm, 'connection:x', rule, at)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect((await takeRequest(db.orm, 'connection:y', rule, at)).ok).toBe(true);
    expect((await takeRequest(db.orm, 'connection:x', rule, new Date('2026-11-25T10:01:00Z'))).ok).toBe(true);
    const long = await takeRequest(db.orm, 'connection:z', { limit: 0, windowSeconds: 3600 }, at);
    expect(long).toEqual({ ok: false, retryAfterSeconds: 600 });
  });
});

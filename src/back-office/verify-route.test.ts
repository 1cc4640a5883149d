import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { appendDisclosure } from '../disclosure-log/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { type TestWorld, testWorld } from './test-cases.js';
import type { DisclosureVerifyView } from './verify-route.js';

let t: TestApp;
let w: TestWorld;
const url = '/api/back-office/disclosures/verify';

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

const verify = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

async function disclose(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await t.db.orm.transaction((tx) =>
      appendDisclosure(tx, {
        disclosedAt: t.clock.now(),
        permitId: `permit-${i}`,
        organisationId: w.org.id,
        interface: i % 2 === 0 ? 'muutosrajapinta' : 'vtjkysely',
        operation: i % 2 === 0 ? 'perustiedot' : 'TeeHenkilonTunnusKysely',
        hetus: ['010280-952L'],
        dataGroups: ['HENKILON_NIMI'],
      }),
    );
  }
}

describe('GET /api/back-office/disclosures/verify', () => {
  it('needs a staff session: 401 without one and with a customer session', async () => {
    for (const headers of [{}, w.tessa.headers]) {
      const res = await verify(headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthenticated' });
    }
  });

  it('refuses an unknown query parameter with 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url}?full=1`, headers: w.hanna.headers });
    expect(res.statusCode).toBe(400);
  });

  it('an empty log verifies with no entries', async () => {
    const res = await verify(w.hanna.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, entries: 0 });
  });

  it('a handler and an administrator see the intact chain of every entry, and each check is audited', async () => {
    await disclose(5);
    for (const who of [w.hanna, w.aino]) {
      const res = await verify(who.headers);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as DisclosureVerifyView;
      expect(body).toEqual({
        ok: true,
        entries: 5,
        lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        verifiedAt: t.clock.now().toISOString(),
      });
      // Nothing personal in the answer.
      expect(res.body).not.toContain('010280-952L');
    }
    const audited = await query<{ actor_user_id: string }>(
      t.db.orm,
      sql`SELECT actor_user_id FROM audit_event WHERE action = 'DisclosureLogVerify'`,
    );
    expect(audited.map((r) => r.actor_user_id)).toEqual(
      expect.arrayContaining([w.hanna.staffUserId, w.aino.staffUserId]),
    );
  });

  it('an altered entry is reported with its seq and the reason', async () => {
    await t.db.orm.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE disclosure DISABLE TRIGGER ALL`);
      await tx.execute(sql`UPDATE disclosure SET operation = 'muokattu' WHERE seq = 3`);
      await tx.execute(sql`ALTER TABLE disclosure ENABLE TRIGGER ALL`);
    });
    const res = await verify(w.hanna.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, entries: 2, firstBadSeq: 3, reason: 'hash_mismatch' });
  });
});

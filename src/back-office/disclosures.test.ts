import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPermit } from '../access/index.js';
import { query } from '../db/index.js';
import { appendDisclosure } from '../disclosure-log/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import type { DisclosureSearchView } from './schemas.js';
import { type TestWorld, testWorld } from './test-cases.js';

let t: TestApp;
let w: TestWorld;
const ANNA = '010280-952L';
const OTTO = '010469-999W';

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
  const permit = (organisationId: string) =>
    insertPermit(
      t.db.orm,
      {
        organisationId,
        interface: 'vtjkysely',
        state: 'active',
        dataGroups: ['HENKILON_NIMI'],
        turvakielto: false,
        selection: { kind: 'national' },
        products: ['PERUSSANOMA 1'],
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      },
      t.clock.now(),
    );
  const ours = await permit(w.org.id);
  const theirs = await permit(w.other.id);
  // 60 disclosures of Anna by our organisation, one an hour from 1 November, then two by the other one.
  await t.db.orm.transaction(async (tx) => {
    for (let i = 0; i < 60; i++) {
      await appendDisclosure(tx, {
        disclosedAt: new Date(Date.UTC(2026, 10, 1, i)),
        permitId: ours,
        organisationId: w.org.id,
        endUser: `kayttaja-${i}`,
        interface: 'vtjkysely',
        operation: 'HenkilonTunnusKysely',
        hetus: [ANNA],
        dataGroups: ['HENKILON_NIMI'],
      });
    }
    for (const hetus of [[OTTO], [ANNA, OTTO]]) {
      await appendDisclosure(tx, {
        disclosedAt: new Date('2026-11-20T12:00:00Z'),
        permitId: theirs,
        organisationId: w.other.id,
        endCustomer: '1234567-1',
        interface: 'vtjkysely',
        operation: 'HenkilonTunnusKysely',
        hetus,
        dataGroups: ['HENKILON_NIMI'],
      });
    }
  });
});
afterAll(() => t.close());

const search = (body: object, headers: Record<string, string> = w.hanna.headers) =>
  t.app.inject({ method: 'POST', url: '/api/back-office/disclosures/search', headers, payload: body });

describe('searching the disclosure log', () => {
  it('finds a person’s disclosures newest first, 50 a page with a cursor', async () => {
    const first = await search({ hetu: ANNA });
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as DisclosureSearchView;
    expect(page1.items).toHaveLength(50);
    expect(page1.items[0]).toMatchObject({
      at: '2026-11-20T12:00:00.000Z',
      interface: 'vtjkysely',
      organisation: { id: w.other.id, name: 'Toinen Oy', businessId: w.other.businessId },
      operation: 'HenkilonTunnusKysely',
      persons: 2,
      endCustomer: '1234567-1',
      dataGroups: ['HENKILON_NIMI'],
    });
    expect(page1.nextCursor).toMatch(/^\d+$/);
    const page2 = (await search({ hetu: ANNA, cursor: page1.nextCursor })).json() as DisclosureSearchView;
    expect(page2.items).toHaveLength(11);
    expect(page2.nextCursor).toBeNull();
    const seqs = [...page1.items, ...page2.items].map((i) => i.seq);
    expect(new Set(seqs).size).toBe(61);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('filters by organisation and time (instants or Finnish days); the admin may search too', async () => {
    const other = (
      await search({ organisationId: w.other.id }, w.aino.headers)
    ).json() as DisclosureSearchView;
    expect(other.items.map((i) => i.persons)).toEqual([2, 1]);
    const otto = (await search({ hetu: OTTO.toLowerCase() })).json() as DisclosureSearchView;
    expect(otto.items).toHaveLength(2);
    const window = (
      await search({ organisationId: w.org.id, from: '2026-11-01T10:00:00Z', to: '2026-11-01T13:00:00Z' })
    ).json() as DisclosureSearchView;
    expect(window.items.map((i) => i.endUser)).toEqual(['kayttaja-12', 'kayttaja-11', 'kayttaja-10']);
    // 1 November in Finland is 31 October 22:00 – 1 November 22:00 UTC: hours 0–21.
    const day = (await search({ organisationId: w.org.id, from: '2026-11-01', to: '2026-11-01' })).json();
    expect((day as DisclosureSearchView).items).toHaveLength(22);
  });

  it('refuses an invalid identity code or time, and unknown fields, without echoing them', async () => {
    const bad = await search({ hetu: '010280-952X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_hetu' });
    expect(bad.body).not.toContain('952X');
    expect((await search({ from: 'yesterday' })).json()).toMatchObject({ error: 'invalid_time' });
    expect((await search({ hetu: ANNA, person: 'x' })).statusCode).toBe(400);
    expect((await search({}, { cookie: w.hanna.headers.cookie })).statusCode).toBe(403);
    expect((await search({}, w.tessa.headers)).statusCode).toBe(401);
  });

  it('audits every search by ids only, and keeps the identity code out of the logs', async () => {
    await search({ hetu: ANNA, organisationId: w.org.id });
    const audit = await query<{ action: string; organisation_id: string | null; target_id: string | null }>(
      t.db.orm,
      sql`SELECT action, organisation_id, target_id FROM audit_event
          WHERE actor_user_id = ${w.hanna.staffUserId} AND action = 'DisclosureSearch'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit).toContainEqual({ action: 'DisclosureSearch', organisation_id: w.org.id, target_id: null });
    expect(t.logLines.join('\n')).not.toContain(ANNA);
    expect(t.logLines.join('\n')).not.toContain('952L');
  });
});

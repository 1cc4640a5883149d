import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPermit } from '../access/index.js';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { appendDisclosure, type NewDisclosure } from '../disclosure-log/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { PAGE_SIZE } from './own-disclosures.js';
import type { OwnDisclosuresPage } from './schemas.js';

const TESSA = '010280-952L';
const MINERVA = '040265-9985';
const JONI = '010469-999W';
/** Someone disclosed in the same request as Tessa, who must never show on her page. */
const STRANGER = '010675-9981';

let t: TestApp;
let tessa: TestSession;
let minerva: TestSession;
let joni: TestSession;
let municipality: { id: string; businessId: string };
let intermediary: { id: string; businessId: string };
let endCustomer: { id: string; businessId: string };
let permitId: string;
let frameworkId: string;

async function disclose(entry: Partial<NewDisclosure> & Pick<NewDisclosure, 'hetus'>, at: string) {
  await t.db.orm.transaction((tx) =>
    appendDisclosure(tx, {
      disclosedAt: new Date(at),
      permitId,
      organisationId: municipality.id,
      interface: 'muutosrajapinta',
      operation: 'muutokset',
      dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_LAHIOSOITE'],
      ...entry,
    }),
  );
}

const get = (session: TestSession | undefined, url = '/api/citizen/disclosures') =>
  t.app.inject({ method: 'GET', url, headers: session?.headers ?? {} });

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  tessa = await loginAs(t.app, { hetu: TESSA });
  minerva = await loginAs(t.app, { hetu: MINERVA });
  joni = await loginAs(t.app, { hetu: JONI });
  municipality = await createOrganisation(t.app, tessa, { name: 'Esimerkkilän kunta', kind: 'public' });
  intermediary = await createOrganisation(t.app, tessa, { name: 'Välittäjä Oy' });
  endCustomer = await createOrganisation(t.app, tessa, { name: 'Vuokratalot Oy' });
  const now = t.clock.now();
  const permit = {
    turvakielto: false,
    selection: { kind: 'hetu_list' as const },
    validFrom: '2026-01-01',
    validUntil: '2028-12-31',
    state: 'active',
  };
  permitId = await insertPermit(
    t.db.orm,
    {
      ...permit,
      organisationId: municipality.id,
      interface: 'muutosrajapinta',
      dataGroups: ['HENKILON_NIMI'],
    },
    now,
  );
  frameworkId = await insertPermit(
    t.db.orm,
    { ...permit, organisationId: intermediary.id, interface: 'vtjkysely', dataGroups: ['HENKILON_NIMI'] },
    now,
  );
  await disclose({ hetus: [STRANGER, TESSA] }, '2026-11-01T08:00:00.000Z');
  await disclose({ hetus: [MINERVA] }, '2026-11-02T08:00:00.000Z');
  await disclose(
    {
      hetus: [TESSA],
      permitId: frameworkId,
      organisationId: intermediary.id,
      interface: 'vtjkysely',
      operation: 'HenkilonTunnusKysely',
      endUser: `${endCustomer.businessId}/kasittelija`,
      endCustomer: endCustomer.businessId,
      dataGroups: ['HENKILON_NIMI'],
    },
    '2026-11-03T08:00:00.000Z',
  );
});
afterAll(() => t.close());

describe('GET /api/citizen/disclosures', () => {
  it('needs a session (401)', async () => {
    const res = await get(undefined);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it("lists the person's own disclosures, newest first, with the recipients' names", async () => {
    const res = await get(tessa);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const page = res.json() as OwnDisclosuresPage;
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(2);
    const [newest, oldest] = page.items;
    expect(newest).toMatchObject({
      at: '2026-11-03T08:00:00.000Z',
      organisation: { name: 'Välittäjä Oy', businessId: intermediary.businessId },
      endCustomer: { name: 'Vuokratalot Oy', businessId: endCustomer.businessId },
      interface: 'vtjkysely',
      operation: 'HenkilonTunnusKysely',
      permitId: frameworkId,
    });
    expect(oldest).toMatchObject({
      at: '2026-11-01T08:00:00.000Z',
      organisation: { name: 'Esimerkkilän kunta', businessId: municipality.businessId },
      endCustomer: null,
      interface: 'muutosrajapinta',
      operation: 'muutokset',
      permitId,
    });
    expect(oldest?.dataGroups.map((g) => g.code)).toEqual([
      'HENKILON_NIMI',
      'VAKINAINEN_KOTIMAINEN_LAHIOSOITE',
    ]);
    expect(oldest?.dataGroups[0]?.name?.fi).toBeTruthy();
    expect(oldest?.dataGroups[0]?.name?.sv).toBeTruthy();
  });

  it('shows a person only their own disclosures: no other person, and no identity code at all', async () => {
    const forMinerva = (await get(minerva)).json() as OwnDisclosuresPage;
    expect(forMinerva.items.map((d) => d.at)).toEqual(['2026-11-02T08:00:00.000Z']);
    const forJoni = (await get(joni)).json() as OwnDisclosuresPage;
    expect(forJoni).toEqual({ items: [], nextCursor: null });

    const body = (await get(tessa)).body;
    for (const hetu of [TESSA, MINERVA, STRANGER, JONI]) expect(body).not.toContain(hetu);
  });

  it('takes no person from the request: a hetu in the query is refused (400)', async () => {
    const res = await get(joni, `/api/citizen/disclosures?hetu=${encodeURIComponent(TESSA)}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain(TESSA);
  });

  it('refuses a cursor that is not a positive integer (400)', async () => {
    for (const cursor of ['0', '-1', 'abc', '1.5']) {
      expect((await get(tessa, `/api/citizen/disclosures?cursor=${cursor}`)).statusCode).toBe(400);
    }
  });

  it('pages with a keyset cursor, without gaps or repeats', async () => {
    const person = '020380-9212';
    const session = await loginAs(t.app, { hetu: person, firstNames: 'Paula', lastName: 'Sivuttaja' });
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      await disclose({ hetus: [person] }, new Date(Date.UTC(2026, 10, 10, 0, i)).toISOString());
    }
    const first = (await get(session)).json() as OwnDisclosuresPage;
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await get(session, `/api/citizen/disclosures?cursor=${first.nextCursor}`)
    ).json() as OwnDisclosuresPage;
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const seqs = [...first.items, ...second.items].map((d) => d.seq);
    expect(new Set(seqs).size).toBe(PAGE_SIZE + 5);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('records the reading in the audit trail, by ids only', async () => {
    const rows = await query<{ actor_user_id: string; target_id: string | null }>(
      t.db.orm,
      sql`SELECT actor_user_id, target_id FROM audit_event WHERE action = 'OwnDisclosureList'`,
    );
    expect(rows.some((r) => r.actor_user_id === tessa.userId)).toBe(true);
    expect(t.logLines.join('\n')).not.toContain(TESSA);
  });
});

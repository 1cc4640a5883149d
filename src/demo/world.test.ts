import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize, DEMO_CERTIFICATE_SHA256 } from '../access/index.js';
import { APPLICATION_STATES, loadApplication } from '../applications/index.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { getPersonByHetu, listChangesAfter } from '../register/index.js';
import { DEMO_END_CUSTOMERS, DEMO_XROAD_CLIENTS } from './access.js';
import { type DemoWorld, describeDemoWorld, seedDemoWorld } from './world.js';

const config = loadConfig({ DEMO_PERSONS: '1500', DEMO_SEED: '11' });
const now = new Date('2026-11-25T10:00:00Z');
let db: TestDatabase;
let world: DemoWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  expect(await seedDemoWorld(db, config, '2026-11-25', now, () => {})).toBe(true);
  world = (await describeDemoWorld(db, config)) as DemoWorld;
}, 120_000);
afterAll(() => db.close());

describe('demo world', () => {
  it('is seeded once: a second seeding finds the register and does nothing', async () => {
    expect(await seedDemoWorld(db, config, '2026-11-25', now, () => {})).toBe(false);
  });

  it('names persons of every kind, and the deceased and turvakielto persons got that way within the history', async () => {
    expect(world.register).toMatchObject({ historyFrom: '2026-09-26', historyTo: '2026-11-25' });
    const deceased = await getPersonByHetu(db.orm, world.persons.deceased);
    expect(deceased?.deceased).toBe(true);
    const protectedPerson = await getPersonByHetu(db.orm, world.persons.turvakielto);
    expect(protectedPerson?.turvakielto).toBe(true);
    const history = await listChangesAfter(db.orm, {
      after: 0,
      hetus: [world.persons.deceased, world.persons.turvakielto],
      limit: 100,
    });
    expect(history.map((c) => c.event)).toEqual(expect.arrayContaining(['death', 'turvakielto_set']));
    const child = await getPersonByHetu(db.orm, world.persons.child);
    const guardians = child?.groups
      .filter((g) => g.tietoryhma === 'HUOLTAJA')
      .map((g) => (g.huoltaja as { henkilotunnus: string }).henkilotunnus);
    expect(guardians).toContain(world.persons.guardian);
    const ordinary = await getPersonByHetu(db.orm, world.persons.ordinary);
    expect(ordinary).toMatchObject({ deceased: false, turvakielto: false });
  });

  it('gives working credentials for both interfaces, over the demo certificate and over X-Road', async () => {
    const mutp = await authorize(
      db.orm,
      world.muutosrajapinta,
      {
        interface: 'muutosrajapinta',
        operation: 'muutokset',
        transport: { certificateSha256: DEMO_CERTIFICATE_SHA256 },
      },
      now,
    );
    expect(mutp.ok).toBe(true);
    const viaXRoad = await authorize(
      db.orm,
      world.muutosrajapinta,
      {
        interface: 'muutosrajapinta',
        operation: 'muutokset',
        transport: { xroadClient: world.muutosrajapinta.xRoadClient },
      },
      now,
    );
    expect(viaXRoad.ok).toBe(true);
    const soap = await authorize(
      db.orm,
      world.vtjkysely,
      {
        interface: 'vtjkysely',
        operation: 'HenkilonTunnusKysely',
        product: world.vtjkysely.soSoNimi,
        transport: { xroadClient: DEMO_XROAD_CLIENTS.vtjkysely },
      },
      now,
    );
    expect(soap.ok).toBe(true);
    expect(
      await authorize(
        db.orm,
        world.vtjkysely,
        {
          interface: 'muutosrajapinta',
          operation: 'muutokset',
          transport: { certificateSha256: DEMO_CERTIFICATE_SHA256 },
        },
        now,
      ),
    ).toEqual({ ok: false, reason: 'wrong_interface' });
  });

  it('names the e-service logins: main users of the municipality and the intermediary, and a handler', () => {
    expect(world.eservice).toEqual({
      customerLogin: {
        hetu: '010280-952L',
        name: 'Tessa Testilä',
        organisation: 'Esimerkkilän kunta',
        role: 'main_user',
      },
      intermediaryLogin: {
        hetu: '010469-999W',
        name: 'Joni Kristian Kivi',
        organisation: 'Esimerkki Tietopalvelut Oy',
        role: 'main_user',
      },
      handlerLogin: 'dev-handler',
    });
    expect(world.backOffice).toEqual({
      loginPath: '/back-office/login',
      staff: [
        { subject: 'dev-handler', name: 'Hanna Käsittelijä', role: 'handler' },
        { subject: 'dev-handler-2', name: 'Kalle Käsittelijä', role: 'handler' },
        { subject: 'dev-admin', name: 'Aino Ylläpitäjä', role: 'admin' },
      ],
    });
  });

  it('lists the demo applications, one or more in every state, with the permits the grants made', async () => {
    expect(new Set(world.applications.map((a) => a.state))).toEqual(new Set(APPLICATION_STATES));
    expect(world.applications.map((a) => a.permitState).filter((s) => s !== null)).toEqual(
      expect.arrayContaining(['terms_pending', 'active']),
    );
    // The change-interface application with a list of persons follows named demo persons of the register.
    const returned = world.applications.find((a) => a.state === 'returned_by_customer');
    expect(returned).toMatchObject({ form: 'muutosrajapinta', preparedBy: 'Esimerkki Tietopalvelut Oy' });
    const application = await loadApplication(db.orm, returned?.customerPath.split('/').at(-1) as string);
    expect(application?.content.hetuList).toBe(`${world.persons.ordinary}\n${world.persons.guardian}`);
  });

  it('lets the intermediary ask for its approved end customer only', async () => {
    const ask = (endCustomer: string) =>
      authorize(
        db.orm,
        world.intermediary,
        {
          interface: 'vtjkysely',
          operation: 'TeeHenkilonTunnusKysely',
          product: 'PERUSSANOMA 1',
          endCustomer,
          transport: { certificateSha256: DEMO_CERTIFICATE_SHA256 },
        },
        now,
      );
    const [approved, unapproved] = DEMO_END_CUSTOMERS;
    expect((await ask(approved?.businessId as string)).ok).toBe(true);
    expect(await ask(unapproved?.businessId as string)).toEqual({
      ok: false,
      reason: 'end_customer_not_approved',
    });
  });

  // Last: it adds a second set of applications to this database.
  it('gives a demo world from before the applications its applications at the next start, once', async () => {
    await db.orm.execute(sql`DELETE FROM register_state WHERE key = 'demo-applications'`);
    const lines: string[] = [];
    expect(await seedDemoWorld(db, config, '2026-11-25', now, (m) => lines.push(m))).toBe(false);
    expect(lines[0]).toBe('adding the demo applications to the existing demo world');
    expect((await describeDemoWorld(db, config))?.applications).toHaveLength(world.applications.length);
    const again: string[] = [];
    await seedDemoWorld(db, config, '2026-11-25', now, (m) => again.push(m));
    expect(again).toEqual([]);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../db/test-database.js';
import { validateGroupRecord } from '../catalogue/index.js';
import { FIRST_CURSOR, latestCursor, listChangesAfter } from '../change-log.js';
import { withDerivedGroups } from '../derived.js';
import { PopulationGenerator } from '../generator/population.js';
import { Random } from '../generator/random.js';
import { parseHetu } from '../hetu.js';
import { copyPersons, countPersons, getPersonByHetu, getPersonById, type Person } from '../persons.js';
import type { GroupRecord } from '../records.js';
import { current, type EventContext, maritalStatus, spouseOf } from './events.js';
import { type EventKind, runEvent, simulate } from './simulate.js';

const now = new Date('2026-11-25T12:00:00Z');
const asOf = '2026-10-01';
let db: TestDatabase;
let nextSeed = 1;

beforeAll(async () => {
  db = await createTestDatabase();
  const generator = new PopulationGenerator({ seed: 7, asOf });
  await copyPersons(db, generator.persons(3000), now);
});
afterAll(() => db.close());

const context = (seed: number, date = '2026-10-15'): EventContext => ({
  random: new Random(seed),
  date,
  changedAt: new Date(`${date}T09:00:00.000Z`),
  helper: new PopulationGenerator({ seed: seed + 1, asOf: date }),
});

function invalidRecords(records: readonly GroupRecord[]): string[] {
  return withDerivedGroups(records).flatMap((r) => {
    const result = validateGroupRecord(r);
    return result.ok
      ? []
      : [`${r.tietoryhma}: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`];
  });
}

/** Runs one event of a kind (retrying with other seeds when no eligible person was found) and returns its changes. */
async function eventOf(kind: EventKind) {
  const before = await latestCursor(db.orm);
  const maxId = (await countPersons(db.orm)) + 100;
  for (let tries = 0; tries < 60; tries++) {
    if ((await runEvent(db, kind, context(nextSeed++), maxId, now)) > 0) break;
  }
  const changes = await listChangesAfter(db.orm, { after: before, limit: 100 });
  expect(changes.length, kind).toBeGreaterThan(0);
  for (const c of changes) {
    expect(c.event).toBe(kind);
    expect(invalidRecords(c.tietoryhmat)).toEqual([]);
  }
  return changes;
}

const person = async (id: number) => (await getPersonById(db.orm, id)) as Person;
const attributes = (records: readonly GroupRecord[]) =>
  records.map((r) => `${r.tietoryhma}:${r.muutosattribuutti}`);

describe('life-event simulator', () => {
  it('a move writes the new address, and between municipalities the new home and previous municipality', async () => {
    for (let i = 0; i < 8; i++) {
      const [first] = await eventOf('move');
      const p = await person(first?.personId as number);
      expect(current(p, 'VAKINAINEN_KOTIMAINEN_OSOITE')?.kuntakoodi).toBe(p.homeMunicipality);
      expect(current(p, 'KOTIKUNTA')?.kuntakoodi).toBe(p.homeMunicipality);
      expect(attributes(first?.tietoryhmat ?? [])[0]).toBe('VAKINAINEN_KOTIMAINEN_OSOITE:LISATTY');
      if (first?.municipalities.length === 2) {
        expect(attributes(first.tietoryhmat)).toContain('KOTIKUNTA:LISATTY');
        expect(attributes(first.tietoryhmat)).toContain('EDELLINEN_KOTIKUNTA:MUUTETTU');
        return;
      }
    }
    throw new Error('no move between municipalities in eight moves');
  });

  it('a birth adds a child in the test hetu range with custody on both sides', async () => {
    const changes = await eventOf('birth');
    const child = await person(changes[0]?.personId as number);
    expect(parseHetu(child.hetu).ok && parseHetu(child.hetu)).toMatchObject({ value: { isTestCode: true } });
    const guardians = child.groups.filter((r) => r.tietoryhma === 'HUOLTAJA');
    expect(guardians.length).toBeGreaterThan(0);
    for (const g of guardians) {
      const guardian = await getPersonByHetu(db.orm, (g.huoltaja as { henkilotunnus: string }).henkilotunnus);
      expect(
        guardian?.groups.some(
          (r) =>
            r.tietoryhma === 'HUOLLETTAVA' &&
            (r.huollettava as { henkilotunnus: string }).henkilotunnus === child.hetu,
        ),
      ).toBe(true);
    }
    expect(changes.map((c) => c.personId)).toContain(child.id);
  });

  it('a death marks the person deceased and widows the spouse', async () => {
    const changes = await eventOf('death');
    const dead = await person(changes[0]?.personId as number);
    expect(dead.deceased).toBe(true);
    expect(current(dead, 'KUOLINPAIVA')).toMatchObject({
      kuollut: true,
      kuolinpv: { arvo: '2026-10-15', tarkkuus: 'PAIVA' },
    });
    if (changes[1]) expect(maritalStatus(await person(changes[1].personId))).toBe('LESKI');
  });

  it("a marriage makes two persons each other's spouse, and a divorce ends it", async () => {
    const married = await eventOf('marriage');
    const [a, b] = await Promise.all(married.map((c) => person(c.personId)));
    expect(spouseOf(a as Person)).toBe(b?.hetu);
    expect(spouseOf(b as Person)).toBe(a?.hetu);
    expect(maritalStatus(a as Person)).toBe('AVIOLIITOSSA');
    const divorced = await eventOf('divorce');
    for (const c of divorced) {
      const p = await person(c.personId);
      expect(maritalStatus(p)).toBe('ERONNUT');
      expect(spouseOf(p)).toBeUndefined();
    }
  });

  it('a name change replaces the name and keeps the previous one as history', async () => {
    const [change] = await eventOf('name_change');
    expect(attributes(change?.tietoryhmat ?? [])).toEqual([
      'HENKILON_NIMI:MUUTETTU',
      'NIMENMUUTOS_LAAJA:LISATTY',
      'NIMENMUUTOS_LAAJA:MUUTETTU',
    ]);
  });

  it('turvakielto set and lifted flag the person and the change, with the location groups as context', async () => {
    const [set] = await eventOf('turvakielto_set');
    expect(set?.turvakielto).toBe(true);
    expect((await person(set?.personId as number)).turvakielto).toBe(true);
    expect(attributes(set?.tietoryhmat ?? [])).toEqual(
      expect.arrayContaining([
        'TURVAKIELTO:LISATTY',
        'VAKINAINEN_KOTIMAINEN_OSOITE:LISATIETO',
        'KOTIKUNTA:LISATIETO',
      ]),
    );
    const [lifted] = await eventOf('turvakielto_lifted');
    expect(lifted?.turvakielto).toBe(false);
    expect(lifted?.tietoryhmat[0]).toMatchObject({
      tietoryhma: 'TURVAKIELTO',
      muutosattribuutti: 'MUUTETTU',
      turvakieltoAktiivinen: false,
    });
  });

  it('a hetu correction is keyed by the old hetu, and the old hetu still finds the person', async () => {
    const [change] = await eventOf('hetu_correction');
    const p = await person(change?.personId as number);
    expect(change?.hetu).not.toBe(p.hetu);
    const byOld = await getPersonByHetu(db.orm, change?.hetu as string);
    expect(byOld).toMatchObject({ id: p.id, hetu: p.hetu, requestedHetuActive: false });
    expect(change?.tietoryhmat[0]).toMatchObject({
      tietoryhma: 'HENKILOTUNNUS_KORJAUS',
      voimassaolo: 'AKTIIVI',
      aktiivinenHenkilotunnus: p.hetu,
    });
  });

  it("a custody change ends one guardian's custody on both sides", async () => {
    const changes = await eventOf('custody_change');
    expect(changes).toHaveLength(2);
    expect(changes[0]?.tietoryhmat[0]).toMatchObject({
      tietoryhma: 'HUOLTAJA',
      muutosattribuutti: 'MUUTETTU',
      huoltosuhteenLoppupv: { arvo: '2026-10-15' },
    });
    expect(changes[1]?.tietoryhmat[0]).toMatchObject({
      tietoryhma: 'HUOLLETTAVA',
      muutosattribuutti: 'MUUTETTU',
    });
  });

  it('simulating days writes valid changes in cursor order and leaves every person valid', async () => {
    const before = await latestCursor(db.orm);
    const result = await simulate(db, { seed: 3, from: '2026-10-20', days: 10, now });
    expect(result.lastDay).toBe('2026-10-29');
    expect(result.events.move).toBeGreaterThan(3);
    const changes = await listChangesAfter(db.orm, { after: before, limit: 10_000 });
    expect(changes.length).toBe(result.changes);
    expect(changes[0]?.kirjausavain).toBeGreaterThanOrEqual(FIRST_CURSOR);
    for (const c of changes) expect(invalidRecords(c.tietoryhmat)).toEqual([]);
    const rows = await query<{ groups: GroupRecord[]; hetu: string }>(
      db.orm,
      sql`SELECT hetu, groups FROM person`,
    );
    for (const r of rows) {
      expect(parseHetu(r.hetu)).toMatchObject({ ok: true, value: { isTestCode: true } });
      expect(invalidRecords(r.groups)).toEqual([]);
    }
  }, 60_000);
});

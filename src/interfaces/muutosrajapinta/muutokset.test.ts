/**
 * muutokset: paging by key (also while the simulator writes), what each permit sees (data groups,
 * turvakielto, municipality restriction, hetu corrections), very large hetu lists, and the disclosure log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleRecords } from '../../access/index.js';
import { searchDisclosures } from '../../disclosure-log/index.js';
import { dataGroupCodes } from '../../register/catalogue/index.js';
import { appendChanges, latestCursor, listChangesAfter } from '../../register/change-log.js';
import type { GeneratedPerson } from '../../register/generator/population.js';
import { makeTestHetu } from '../../register/hetu.js';
import type { GroupRecord } from '../../register/index.js';
import { simulate } from '../../register/simulator/simulate.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import {
  evakaHeaders,
  HETU_OR_SCRUBBED,
  insertTestClient,
  insertTestPerson,
  insertTestPopulation,
  recordTestChange,
  runTestEvent,
  type TestClient,
} from './test-data.js';
import { MUUTOKSET_PAGE_SIZE } from './wire.js';

type Json = Record<string, unknown>;
interface Page {
  viimeisinKirjausavain: number;
  muutokset: { henkilotunnus: string; tietoryhmat: Json[]; muutospv: string }[];
  ajanTasalla: boolean;
}

const POPULATION = 1500;
let t: TestApp;
let persons: GeneratedPerson[];
let now: Date;
let nextIndividual = 900;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' }, poolSize: 8 });
  now = t.clock.now();
  persons = await insertTestPopulation(t.db, POPULATION, 9, now);
}, 120_000);
afterAll(() => t.close());

async function muutokset(client: TestClient, after: number, hetulista?: readonly string[]): Promise<Page> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/VTJmutpa/api/v1/muutokset',
    headers: evakaHeaders(client),
    payload: { viimeisinKirjausavain: after, ...(hetulista ? { hetulista } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function perustiedot(client: TestClient, hetulista: readonly string[]): Promise<Json[]> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/VTJmutpa/api/v1/perustiedot',
    headers: evakaHeaders(client),
    payload: { hetulista },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().perustiedot;
}

/** A crafted person whose hetu no generated or simulated person can have (century sign variant U). */
async function person(home: string, options: { turvakielto?: boolean } = {}) {
  const hetu = makeTestHetu('1984-02-29', nextIndividual++, 5);
  const id = await insertTestPerson(t.db.orm, { hetu, birthDate: '1984-02-29', home, ...options }, now);
  return { id, hetu };
}

const renamed = (name: string): GroupRecord[] => [
  { tietoryhma: 'HENKILON_NIMI', muutosattribuutti: 'MUUTETTU', etunimi: name, sukunimi: 'Tes' },
];
const movedTo = (kuntakoodi: string, from = '091'): GroupRecord[] => [
  { tietoryhma: 'KOTIKUNTA', muutosattribuutti: 'LISATTY', kuntakoodi },
  {
    tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
    muutosattribuutti: 'LISATTY',
    katunimi: { fi: 'Uusitie' },
    katunumero: '1',
    kuntakoodi,
  },
  {
    tietoryhma: 'EDELLINEN_KOTIKUNTA',
    muutosattribuutti: 'MUUTETTU',
    kuntakoodi: from,
    kunnastaPoisMuuttopv: { arvo: '2026-11-04', tarkkuus: 'PAIVA' },
  },
];
const names = (page: Page) =>
  page.muutokset.map((m) => m.tietoryhmat[0]?.etunimi ?? m.tietoryhmat[0]?.tietoryhma);

describe('paging', () => {
  it(`a page holds at most ${MUUTOKSET_PAGE_SIZE} changes: ajanTasalla stays false until the last page, whose key is the head of the log`, async () => {
    const client = await insertTestClient(t.db.orm, now);
    const { id, hetu } = await person('091');
    const start = await latestCursor(t.db.orm);
    const keys = await t.db.orm.transaction((tx) =>
      appendChanges(
        tx,
        now,
        Array.from({ length: 2500 }, (_, i) => ({
          personId: id,
          hetu,
          event: 'test',
          municipalities: ['091'],
          changedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)),
          turvakielto: false,
          tietoryhmat: renamed(`n${i}`),
        })),
      ),
    );
    const pages: Page[] = [];
    let key = start;
    do {
      pages.push(await muutokset(client, key, [hetu]));
      key = pages.at(-1)?.viimeisinKirjausavain as number;
    } while (!pages.at(-1)?.ajanTasalla);

    expect(pages.map((p) => [p.muutokset.length, p.ajanTasalla])).toEqual([
      [1000, false],
      [1000, false],
      [500, true],
    ]);
    expect(pages.map((p) => p.viimeisinKirjausavain)).toEqual([keys[999], keys[1999], keys[2499]]);
    expect(pages.flatMap(names)).toEqual(Array.from({ length: 2500 }, (_, i) => `n${i}`));
    expect(pages[0]?.muutokset[1]?.muutospv).toBe('2026-11-01T00:00:01.000Z');
  });

  it('with nothing new the key stays or moves forward to the head, never back', async () => {
    const client = await insertTestClient(t.db.orm, now);
    const { id, hetu } = await person('091');
    const quiet = await person('091');
    const old = await latestCursor(t.db.orm);
    const head = await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-02T10:00:00Z', tietoryhmat: renamed('x') },
      now,
    );

    expect(await muutokset(client, head, [hetu])).toEqual({
      viimeisinKirjausavain: head,
      muutokset: [],
      ajanTasalla: true,
    });
    expect(await muutokset(client, old, [quiet.hetu])).toEqual({
      viimeisinKirjausavain: head,
      muutokset: [],
      ajanTasalla: true,
    });
    expect((await muutokset(client, head + 1000, [hetu])).viimeisinKirjausavain).toBe(head + 1000);
    expect(await muutokset(client, old, [])).toEqual({
      viimeisinKirjausavain: head,
      muutokset: [],
      ajanTasalla: true,
    });
  });

  it('a change whose records all fall outside the permit is passed over, and the key moves past it', async () => {
    const client = await insertTestClient(t.db.orm, now, { dataGroups: ['KUOLINPAIVA'] });
    const { id, hetu } = await person('091');
    const start = await latestCursor(t.db.orm);
    const key = await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-02T10:00:00Z', tietoryhmat: renamed('y') },
      now,
    );
    expect(await muutokset(client, start, [hetu])).toEqual({
      viimeisinKirjausavain: key,
      muutokset: [],
      ajanTasalla: true,
    });
  });

  it('while the simulator writes, paging by the returned key sees every change exactly once and in order (national and hetu-list permits)', async () => {
    const everyone = await insertTestClient(t.db.orm, now, {
      selection: { kind: 'national' },
      turvakielto: true,
    });
    const listed = await insertTestClient(t.db.orm, now, { turvakielto: true });
    const hetus = persons.slice(0, 700).map((p) => p.hetu);
    const start = await latestCursor(t.db.orm);

    let writing = true;
    const simulation = simulate(t.db, { seed: 21, from: '2026-11-01', days: 90, now }).finally(() => {
      writing = false;
    });
    const readAll = async (client: TestClient, hetulista: readonly string[]) => {
      const seen: Page['muutokset'] = [];
      let key = start;
      for (;;) {
        const done = !writing;
        const page = await muutokset(client, key, hetulista);
        seen.push(...page.muutokset);
        key = page.viimeisinKirjausavain;
        if (page.ajanTasalla && done) return seen;
        if (page.ajanTasalla) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const [all, some] = await Promise.all([readAll(everyone, []), readAll(listed, hetus), simulation]);

    const everything = { dataGroups: new Set(dataGroupCodes), turvakielto: true };
    const expected = (await listChangesAfter(t.db.orm, { after: start, limit: 1_000_000 })).map((c) => ({
      henkilotunnus: c.hetu,
      tietoryhmat: visibleRecords(everything, c.tietoryhmat, c.turvakielto, { keepAttribute: true }),
      muutospv: c.changedAt.toISOString(),
    }));
    expect(expected.length).toBeGreaterThan(100);
    expect(all).toEqual(expected);
    const wanted = new Set(hetus);
    expect(some).toEqual(expected.filter((m) => wanted.has(m.henkilotunnus)));
  }, 120_000);
});

describe('what a permit sees', () => {
  it('each data group only when granted, derived views included', async () => {
    const start = await latestCursor(t.db.orm);
    await runTestEvent(t.db, 'custody_change', '2026-11-10', POPULATION, now);
    const full = await insertTestClient(t.db.orm, now, { selection: { kind: 'national' } });
    const custodyOnly = await insertTestClient(t.db.orm, now, {
      selection: { kind: 'national' },
      dataGroups: ['HUOLTAJA', 'KUOLINPAIVA'],
    });
    const groupsOf = (page: Page) =>
      new Set(page.muutokset.flatMap((m) => m.tietoryhmat.map((r) => r.tietoryhma)));
    expect(groupsOf(await muutokset(full, start))).toEqual(
      new Set([
        'HUOLTAJA',
        'HUOLTAJA_SUPPEA',
        'HUOLTAJA_RAJOITETTU',
        'HUOLLETTAVA',
        'HUOLLETTAVA_SUPPEA',
        'HUOLLETTAVA_RAJOITETTU',
      ]),
    );
    const restricted = await muutokset(custodyOnly, start);
    expect(groupsOf(restricted)).toEqual(new Set(['HUOLTAJA']));
    expect(restricted.muutokset).toHaveLength(1);
  });

  it('turvakielto: protected groups come as turvakiellonAlaisetKentat without a turvakielto permit and with their values under one; the flag itself in clear', async () => {
    const start = await latestCursor(t.db.orm);
    await runTestEvent(t.db, 'turvakielto_set', '2026-11-11', POPULATION, now);
    const plain = await insertTestClient(t.db.orm, now, { selection: { kind: 'national' } });
    const protectedData = await insertTestClient(t.db.orm, now, {
      selection: { kind: 'national' },
      turvakielto: true,
    });

    const [censored] = (await muutokset(plain, start)).muutokset;
    expect(censored?.tietoryhmat).toContainEqual(
      expect.objectContaining({
        tietoryhma: 'TURVAKIELTO',
        muutosattribuutti: 'LISATTY',
        turvakieltoAktiivinen: true,
      }),
    );
    expect(censored?.tietoryhmat).toContainEqual({
      tietoryhma: 'KOTIKUNTA',
      muutosattribuutti: 'LISATIETO',
      turvakiellonAlaisetKentat: ['kuntakoodi', 'kuntaanMuuttopv'],
    });
    const [clear] = (await muutokset(protectedData, start)).muutokset;
    expect(clear?.tietoryhmat).toContainEqual(
      expect.objectContaining({ tietoryhma: 'KOTIKUNTA', kuntakoodi: expect.stringMatching(/^\d{3}$/) }),
    );
  });

  it('a hetu correction is keyed by the old hetu and names the new one; the person’s later changes come under the new hetu', async () => {
    const client = await insertTestClient(t.db.orm, now, { selection: { kind: 'national' } });
    const start = await latestCursor(t.db.orm);
    await runTestEvent(t.db, 'hetu_correction', '2026-11-12', POPULATION, now);
    const [correction] = await listChangesAfter(t.db.orm, { after: start, limit: 1 });
    const oldHetu = correction?.hetu as string;
    const [change] = (await muutokset(client, start, [oldHetu])).muutokset;
    const newHetu = change?.tietoryhmat.find((r) => r.voimassaolo === 'AKTIIVI')
      ?.aktiivinenHenkilotunnus as string;
    expect(change?.henkilotunnus).toBe(oldHetu);
    expect(newHetu).not.toBe(oldHetu);

    const after = await latestCursor(t.db.orm);
    await recordTestChange(
      t.db,
      correction?.personId as number,
      { changedAt: '2026-11-13T08:00:00Z', tietoryhmat: renamed('z') },
      now,
    );
    expect((await muutokset(client, after, [oldHetu])).muutokset).toEqual([]);
    expect((await muutokset(client, after, [newHetu])).muutokset.map((m) => m.henkilotunnus)).toEqual([
      newHetu,
    ]);
  });
});

// Kuntarajaus (spec §4): a municipality-restricted permit follows its residents. A change is in the selection
// when it concerns a permitted home municipality before or after it; so a person appears with the change that
// moves them in, and the change that moves them out is the last one the municipality sees.
describe('municipality restriction', () => {
  const espoo = { kind: 'municipalities' as const, codes: ['049'] };

  it('a person appears with the change that moves them into a permitted municipality, and perustiedot then answers for them', async () => {
    const client = await insertTestClient(t.db.orm, now, { selection: espoo });
    const { id, hetu } = await person('091');
    const start = await latestCursor(t.db.orm);
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-03T08:00:00Z', tietoryhmat: renamed('before') },
      now,
    );
    expect(await perustiedot(client, [hetu])).toEqual([]);
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-04T08:00:00Z', tietoryhmat: movedTo('049'), movesTo: '049' },
      now,
    );
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-05T08:00:00Z', tietoryhmat: renamed('resident') },
      now,
    );

    expect(names(await muutokset(client, start))).toEqual(['KOTIKUNTA', 'resident']);
    expect((await perustiedot(client, [hetu])).map((p) => p.henkilotunnus)).toEqual([hetu]);
  });

  it('a person who moves out is seen up to and including the move-out change, which says they left but not where to, and neither in muutokset nor perustiedot after it', async () => {
    const client = await insertTestClient(t.db.orm, now, { selection: espoo });
    const { id, hetu } = await person('049');
    const start = await latestCursor(t.db.orm);
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-03T08:00:00Z', tietoryhmat: renamed('resident') },
      now,
    );
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-04T08:00:00Z', tietoryhmat: movedTo('092', '049'), movesTo: '092' },
      now,
    );
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-05T08:00:00Z', tietoryhmat: renamed('gone') },
      now,
    );

    const page = await muutokset(client, start);
    expect(names(page)).toEqual(['resident', 'EDELLINEN_KOTIKUNTA']);
    expect(page.muutokset.at(-1)?.tietoryhmat).toEqual([movedTo('092', '049')[2]]);
    expect(await perustiedot(client, [hetu])).toEqual([]);
  });

  it('a hetulista narrows the municipalities; an empty or missing one means every resident', async () => {
    const client = await insertTestClient(t.db.orm, now, { selection: espoo });
    const a = await person('049');
    const b = await person('049');
    const start = await latestCursor(t.db.orm);
    await recordTestChange(t.db, a.id, { changedAt: '2026-11-03T08:00:00Z', tietoryhmat: renamed('a') }, now);
    await recordTestChange(t.db, b.id, { changedAt: '2026-11-03T09:00:00Z', tietoryhmat: renamed('b') }, now);
    expect(names(await muutokset(client, start, [b.hetu]))).toEqual(['b']);
    expect(names(await muutokset(client, start, []))).toEqual(['a', 'b']);
    expect(names(await muutokset(client, start))).toEqual(['a', 'b']);
  });
});

describe('size', () => {
  it('accepts 100 000 hetus in one request', async () => {
    const client = await insertTestClient(t.db.orm, now);
    const { id, hetu } = await person('091');
    const start = await latestCursor(t.db.orm);
    await recordTestChange(
      t.db,
      id,
      { changedAt: '2026-11-03T08:00:00Z', tietoryhmat: renamed('found') },
      now,
    );
    const hetulista: string[] = [];
    for (let day = 0; hetulista.length < 99_999; day++) {
      const date = new Date(Date.UTC(1950, 0, 1 + day)).toISOString().slice(0, 10);
      for (let n = 900; n <= 999 && hetulista.length < 99_999; n++) hetulista.push(makeTestHetu(date, n, 1));
    }
    hetulista.push(hetu);
    expect(names(await muutokset(client, start, hetulista))).toEqual(['found']);
  });
});

describe('disclosure log', () => {
  it('every page that discloses is logged with its persons and groups before it is sent; an empty page logs nothing', async () => {
    const client = await insertTestClient(t.db.orm, now);
    const a = await person('091');
    const b = await person('091');
    const start = await latestCursor(t.db.orm);
    await recordTestChange(t.db, a.id, { changedAt: '2026-11-03T08:00:00Z', tietoryhmat: renamed('a') }, now);
    await recordTestChange(
      t.db,
      b.id,
      { changedAt: '2026-11-03T09:00:00Z', tietoryhmat: movedTo('092'), movesTo: '092' },
      now,
    );
    await recordTestChange(
      t.db,
      a.id,
      { changedAt: '2026-11-03T10:00:00Z', tietoryhmat: renamed('a2') },
      now,
    );

    const page = await muutokset(client, start, [a.hetu, b.hetu]);
    await muutokset(client, page.viimeisinKirjausavain, [a.hetu, b.hetu]);
    const logged = await searchDisclosures(t.db.orm, { organisationId: client.organisationId, limit: 10 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      permitId: client.permitId,
      connectionId: client.connectionId,
      interface: 'muutosrajapinta',
      operation: 'muutokset',
      hetus: [a.hetu, b.hetu],
      dataGroups: [
        'HENKILON_NIMI',
        'KOTIKUNTA',
        'VAESTOKIRJANPITOKUNTA',
        'VAKINAINEN_KOTIMAINEN_OSOITE',
        'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
        'EDELLINEN_KOTIKUNTA',
      ],
      disclosedAt: now,
    });
  });

  it('nothing personal reaches the log lines', () => {
    // Scrubbed as [hetu] would mean one got as far as the logger.
    expect(t.logLines.join('')).not.toMatch(HETU_OR_SCRUBBED);
  });
});

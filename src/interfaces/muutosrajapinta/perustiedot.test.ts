/**
 * perustiedot: current base data through the permit's view (groups, turvakielto, municipality restriction),
 * unknown and corrected hetus, and the disclosure log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleRecords } from '../../access/index.js';
import { searchDisclosures } from '../../disclosure-log/index.js';
import { dataGroupCodes } from '../../register/catalogue/index.js';
import { latestCursor, listChangesAfter } from '../../register/change-log.js';
import type { GeneratedPerson } from '../../register/generator/population.js';
import { makeTestHetu } from '../../register/hetu.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import {
  evakaHeaders,
  HETU_OR_SCRUBBED,
  insertTestClient,
  insertTestPopulation,
  runTestEvent,
  type TestClient,
} from './test-data.js';

type Json = Record<string, unknown>;

const POPULATION = 800;
let t: TestApp;
let persons: GeneratedPerson[];
let now: Date;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  now = t.clock.now();
  persons = await insertTestPopulation(t.db, POPULATION, 13, now);
}, 120_000);
afterAll(() => t.close());

async function perustiedot(
  client: TestClient,
  payload: Json,
): Promise<{ henkilotunnus: string; tietoryhmat: Json[] }[]> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/VTJmutpa/api/v1/perustiedot',
    headers: evakaHeaders(client),
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().ajanTasalla).toBe(true);
  return res.json().perustiedot;
}

const living = () => persons.filter((p) => !p.deceased && p.homeMunicipality !== null);
const groupsOf = (records: Json[]) => new Set(records.map((r) => r.tietoryhma));
/** Never issued: a test hetu with a century sign no generated person gets. */
const UNKNOWN = makeTestHetu('1970-07-07', 950, 4);

describe('perustiedot', () => {
  it('answers current data under each hetu asked, in request order and once, without muutosattribuutti; an unknown hetu is left out silently', async () => {
    const client = await insertTestClient(t.db.orm, now);
    const [a, b] = living() as [GeneratedPerson, GeneratedPerson];
    const answer = await perustiedot(client, { hetulista: [b.hetu, UNKNOWN, a.hetu, b.hetu] });

    const everything = { dataGroups: new Set(dataGroupCodes), turvakielto: false };
    expect(answer).toEqual(
      [b, a].map((p) => ({
        henkilotunnus: p.hetu,
        tietoryhmat: visibleRecords(everything, p.groups, p.turvakielto, { keepAttribute: false }),
      })),
    );
    expect(answer.flatMap((p) => p.tietoryhmat).some((r) => 'muutosattribuutti' in r)).toBe(false);
    expect(await perustiedot(client, { hetulista: [UNKNOWN] })).toEqual([]);
  });

  it('tietoryhmat narrows to the groups asked, and groups outside the permit are left out', async () => {
    const client = await insertTestClient(t.db.orm, now, {
      dataGroups: ['HENKILON_NIMI', 'SUKUPUOLI', 'KOTIKUNTA'],
    });
    const [a] = living() as [GeneratedPerson];
    const asked = await perustiedot(client, {
      hetulista: [a.hetu],
      tietoryhmat: ['HENKILON_NIMI', 'KUOLINPAIVA'],
    });
    expect(asked.map((p) => groupsOf(p.tietoryhmat))).toEqual([new Set(['HENKILON_NIMI'])]);
    const all = await perustiedot(client, { hetulista: [a.hetu] });
    expect(all.map((p) => groupsOf(p.tietoryhmat))).toEqual([
      new Set(['HENKILON_NIMI', 'SUKUPUOLI', 'KOTIKUNTA']),
    ]);
  });

  it('a person under turvakielto: location groups as turvakiellonAlaisetKentat without a turvakielto permit and in clear with one; name and the flag always in clear', async () => {
    const start = await latestCursor(t.db.orm);
    await runTestEvent(t.db, 'turvakielto_set', '2026-11-11', POPULATION, now);
    const [order] = await listChangesAfter(t.db.orm, { after: start, limit: 1 });
    const hetu = order?.hetu as string;
    const plain = await insertTestClient(t.db.orm, now);
    const entitled = await insertTestClient(t.db.orm, now, { turvakielto: true });

    const [censored] = await perustiedot(plain, { hetulista: [hetu] });
    expect(censored?.tietoryhmat).toContainEqual({
      tietoryhma: 'KOTIKUNTA',
      turvakiellonAlaisetKentat: ['kuntakoodi', 'kuntaanMuuttopv'],
    });
    expect(censored?.tietoryhmat).toContainEqual(
      expect.objectContaining({ tietoryhma: 'TURVAKIELTO', turvakieltoAktiivinen: true }),
    );
    expect(censored?.tietoryhmat).toContainEqual(
      expect.objectContaining({ tietoryhma: 'HENKILON_NIMI', sukunimi: expect.any(String) }),
    );
    const [clear] = await perustiedot(entitled, { hetulista: [hetu] });
    expect(clear?.tietoryhmat).toContainEqual(
      expect.objectContaining({ tietoryhma: 'KOTIKUNTA', kuntakoodi: expect.stringMatching(/^\d{3}$/) }),
    );
  });

  it('a municipality-restricted permit gets its residents; a person living elsewhere is left out like an unknown hetu', async () => {
    const [resident, elsewhere] = [
      living()[0],
      living().find((p) => p.homeMunicipality !== living()[0]?.homeMunicipality),
    ];
    const client = await insertTestClient(t.db.orm, now, {
      selection: { kind: 'municipalities', codes: [resident?.homeMunicipality as string] },
    });
    const answer = await perustiedot(client, { hetulista: [elsewhere?.hetu, resident?.hetu] });
    expect(answer.map((p) => p.henkilotunnus)).toEqual([resident?.hetu]);
  });

  it('a corrected hetu still finds the person, answered under the hetu asked, whose HENKILOTUNNUS_KORJAUS names the active one', async () => {
    const client = await insertTestClient(t.db.orm, now);
    const start = await latestCursor(t.db.orm);
    await runTestEvent(t.db, 'hetu_correction', '2026-11-12', POPULATION, now);
    const [correction] = await listChangesAfter(t.db.orm, { after: start, limit: 1 });
    const oldHetu = correction?.hetu as string;

    const [answer] = await perustiedot(client, { hetulista: [oldHetu] });
    expect(answer?.henkilotunnus).toBe(oldHetu);
    const active = answer?.tietoryhmat.find(
      (r) => r.tietoryhma === 'HENKILOTUNNUS_KORJAUS' && r.voimassaolo === 'AKTIIVI',
    );
    expect(active?.aktiivinenHenkilotunnus).toMatch(/^\d{6}[-+A-FU-Y]9\d{2}[0-9A-Y]$/);
    expect(active?.aktiivinenHenkilotunnus).not.toBe(oldHetu);
  });

  it('each answer with persons is in the disclosure log with its persons and groups; an answer without persons logs nothing', async () => {
    const client = await insertTestClient(t.db.orm, now, { dataGroups: ['HENKILON_NIMI', 'SUKUPUOLI'] });
    const [a, b] = living() as [GeneratedPerson, GeneratedPerson];
    await perustiedot(client, { hetulista: [UNKNOWN] });
    await perustiedot(client, { hetulista: [a.hetu, UNKNOWN, b.hetu] });
    const logged = await searchDisclosures(t.db.orm, { organisationId: client.organisationId, limit: 10 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      permitId: client.permitId,
      connectionId: client.connectionId,
      interface: 'muutosrajapinta',
      operation: 'perustiedot',
      hetus: [a.hetu, b.hetu],
      dataGroups: ['HENKILON_NIMI', 'SUKUPUOLI'],
      disclosedAt: now,
    });
  });

  it('nothing personal reaches the log lines', () => {
    expect(t.logLines.join('')).not.toMatch(HETU_OR_SCRUBBED);
  });
});

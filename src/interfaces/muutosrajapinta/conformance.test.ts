/**
 * Conformance: the requests eVaka and OPH send (headers and bodies as specs/muutosrajapinta.md §2–§4 records
 * them), answered from a simulated register, must parse the way those clients parse them (§8), and base
 * data must have the shapes of the real DVV sandbox capture.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedPerson } from '../../register/generator/population.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import { evakaProblems, ophProblems } from './client-rules.js';
import {
  evakaHeaders,
  insertTestClient,
  insertTestPopulation,
  legacyEvakaHeaders,
  ophHeaders,
  runTestEvent,
  type TestClient,
} from './test-data.js';

type Json = Record<string, unknown>;

const FIXTURES = fileURLToPath(
  new URL('../../../../shared/fixtures/muutosrajapinta/evaka/', import.meta.url),
);
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Json;
const API = '/VTJmutpa/api/v1';
const POPULATION = 600;

let t: TestApp;
let persons: GeneratedPerson[];
let client: TestClient;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  const now = t.clock.now();
  persons = await insertTestPopulation(t.db, POPULATION, 5, now);
  // The events each client treats specially (§8), plus ordinary ones.
  const events = ['death', 'turvakielto_set', 'hetu_correction', 'custody_change', 'birth', 'name_change'];
  for (const [i, kind] of [...events, 'move', 'move', 'marriage'].entries()) {
    await runTestEvent(t.db, kind as never, `2026-10-${String(10 + i).padStart(2, '0')}`, POPULATION, now);
  }
  client = await insertTestClient(t.db.orm, now, { selection: { kind: 'hetu_list' } });
}, 120_000);
afterAll(() => t.close());

const hetus = () => persons.map((p) => p.hetu);

async function pageAll(headers: Record<string, string>, first: number, extra: Json = {}) {
  const pages: Json[] = [];
  let key = first;
  for (;;) {
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/muutokset`,
      headers,
      payload: { viimeisinKirjausavain: key, hetulista: hetus(), ...extra },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Json;
    pages.push(body);
    key = body.viimeisinKirjausavain as number;
    if (body.ajanTasalla) return pages;
  }
}

function expectRawInt64(res: LightMyRequestResponse) {
  // A JSON number, not a string, and above 2^32 like DVV's (an int32 reader breaks here too).
  const match = /"viimeisinKirjausavain":(\d+)[,}]/.exec(res.body);
  expect(Number(match?.[1])).toBeGreaterThan(2 ** 32);
}

describe('eVaka', () => {
  it('since 2026-03 (Authorization: Basic): gets the first key of a date as an int64 number and pages muutokset to the end, every page parsing as DvvModificationsResponse', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${API}/kirjausavain/2026-10-01`,
      headers: evakaHeaders(client),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(res.json())).toEqual(['viimeisinKirjausavain']);
    expectRawInt64(res);

    const pages = await pageAll(evakaHeaders(client), res.json().viimeisinKirjausavain);
    const muutokset = pages.flatMap((p) => p.muutokset as Json[]);
    for (const page of pages) expect(evakaProblems(page)).toEqual([]);
    for (const muutos of muutokset)
      expect(Object.keys(muutos)).toEqual(['henkilotunnus', 'tietoryhmat', 'muutospv']);
    const groups = new Set(muutokset.flatMap((m) => (m.tietoryhmat as Json[]).map((r) => r.tietoryhma)));
    for (const special of ['KUOLINPAIVA', 'TURVAKIELTO', 'HENKILOTUNNUS_KORJAUS', 'HUOLTAJA_SUPPEA']) {
      expect(groups).toContain(special);
    }
  });

  it('before 2026-03 (MUTP-Tunnus/MUTP-Salasana, tuotekoodi "mutpT1"): gets exactly the same pages', async () => {
    const key = (
      await t.app.inject({
        method: 'GET',
        url: `${API}/kirjausavain/2026-10-01`,
        headers: evakaHeaders(client),
      })
    ).json().viimeisinKirjausavain;
    const now = await pageAll(evakaHeaders(client), key);
    const legacy = await pageAll(legacyEvakaHeaders(client), key, { tuotekoodi: 'mutpT1' });
    expect(legacy).toEqual(now);
  });
});

describe('OPH', () => {
  it('with x-authorization beside an AWS SigV4 Authorization and JSON Content-Type on GET: takes today’s key, gets the changes after it, and base data in batches of 100', async () => {
    const oph = ophHeaders(client);
    const today = await t.app.inject({ method: 'GET', url: `${API}/kirjausavain/2026-11-25`, headers: oph });
    expect(today.statusCode).toBe(200);
    expectRawInt64(today);
    const key = today.json().viimeisinKirjausavain as number;

    const quiet = await t.app.inject({
      method: 'POST',
      url: `${API}/muutokset`,
      headers: oph,
      payload: { viimeisinKirjausavain: key, hetulista: hetus() },
    });
    expect(quiet.json()).toEqual({ viimeisinKirjausavain: key, muutokset: [], ajanTasalla: true });

    await runTestEvent(t.db, 'move', '2026-11-25', POPULATION, t.clock.now());
    const [page] = (await pageAll(oph, key)) as [Json];
    expect(ophProblems(page, 'muutokset')).toEqual([]);
    expect((page.muutokset as Json[]).length).toBeGreaterThan(0);
    expect(page.viimeisinKirjausavain).toBeGreaterThan(key);

    for (let i = 0; i < 300; i += 100) {
      const res = await t.app.inject({
        method: 'POST',
        url: `${API}/perustiedot`,
        headers: oph,
        payload: { hetulista: hetus().slice(i, i + 100) },
      });
      expect(res.statusCode).toBe(200);
      expect(ophProblems(res.json(), 'perustiedot')).toEqual([]);
      expect(res.json().perustiedot.length).toBeGreaterThan(90);
    }
  });
});

/** Every path in the records → the JSON types seen there (`KOTIKUNTA.kuntaanMuuttopv.arvo` → string). */
function shapes(records: readonly Json[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (value: unknown, path: string) => {
    const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    out.set(path, (out.get(path) ?? new Set()).add(type));
    if (Array.isArray(value)) for (const v of value) walk(v, `${path}[]`);
    else if (type === 'object') for (const [k, v] of Object.entries(value as Json)) walk(v, `${path}.${k}`);
  };
  for (const record of records) walk(record, String(record.tietoryhma));
  return out;
}

const withheld = (records: readonly Json[]) =>
  new Map(
    records
      .filter((r) => Array.isArray(r.turvakiellonAlaisetKentat))
      .map((r) => [r.tietoryhma, r.turvakiellonAlaisetKentat]),
  );

describe('base data', () => {
  it('perustiedot records have the shapes of the DVV sandbox capture, and censored records its withheld-field lists', async () => {
    const sandbox = (fixture('perustiedot-response-ok.json').perustiedot as Json[]).flatMap(
      (p) => p.tietoryhmat as Json[],
    );
    const ours: Json[] = [];
    for (let i = 0; i < POPULATION; i += 1000) {
      const res = await t.app.inject({
        method: 'POST',
        url: `${API}/perustiedot`,
        headers: evakaHeaders(client),
        payload: { hetulista: hetus().slice(i, i + 1000) },
      });
      expect(Object.keys(res.json())).toEqual(['perustiedot', 'ajanTasalla']);
      ours.push(...(res.json().perustiedot as Json[]).flatMap((p) => p.tietoryhmat as Json[]));
    }
    expect(ours.some((r) => Array.isArray(r.turvakiellonAlaisetKentat))).toBe(true);

    // The catalogue also withholds groups the sandbox sends in clear for a protected person
    // (EDELLINEN_KOTIKUNTA) or never shows for one (VAESTOKIRJANPITOKUNTA): the catalogue's call, on the safe
    // side, so only the groups the sandbox itself censors are compared when censored.
    const sandboxWithheld = withheld(sandbox);
    const comparable = ours.filter(
      (r) =>
        sandbox.some((s) => s.tietoryhma === r.tietoryhma) &&
        (!Array.isArray(r.turvakiellonAlaisetKentat) || sandboxWithheld.has(r.tietoryhma)),
    );
    const theirs = shapes(sandbox);
    // An array the sandbox only ever shows empty (edellisetHenkilotunnukset: []) says nothing of its items.
    const seen = (path: string, type: string) =>
      theirs.get(path)?.has(type) ||
      (path.endsWith('[]') && theirs.get(path.slice(0, -2))?.has('array') && !theirs.has(path));
    const unlike = [...shapes(comparable)].filter(
      ([path, types]) => ![...types].every((type) => seen(path, type)),
    );
    expect(unlike).toEqual([]);

    expect(withheld(comparable).size).toBeGreaterThan(0);
    for (const [group, fields] of withheld(comparable)) expect(fields).toEqual(sandboxWithheld.get(group));
  });

  it('an empty answer and a key have the shapes of the eVaka fixtures', async () => {
    const key = await t.app.inject({
      method: 'GET',
      url: `${API}/kirjausavain/2026-11-25`,
      headers: evakaHeaders(client),
    });
    const empty = await t.app.inject({
      method: 'POST',
      url: `${API}/muutokset`,
      headers: evakaHeaders(client),
      payload: { viimeisinKirjausavain: key.json().viimeisinKirjausavain, hetulista: [] },
    });
    const typesOf = (o: Json) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v]));
    expect(typesOf(key.json())).toEqual(typesOf(fixture('first-modification-token-response-ok.json')));
    expect(typesOf(empty.json())).toEqual(typesOf(fixture('modifications-response-ok.json')));
    expect(empty.json().muutokset).toEqual([]);
  });
});

describe('OpenAPI', () => {
  it('describes the three operations, generated from the route schemas, without authentication', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${API}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const document = res.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths).sort()).toEqual([
      `${API}/kirjausavain/{date}`,
      `${API}/muutokset`,
      `${API}/perustiedot`,
    ]);
    const muutokset = document.paths[`${API}/muutokset`].post;
    expect(muutokset.requestBody.content['application/json'].schema).toMatchObject({
      additionalProperties: false,
      required: ['viimeisinKirjausavain'],
    });
    expect(Object.keys(muutokset.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '429']),
    );
    expect(document.components.securitySchemes.basic).toEqual({ type: 'http', scheme: 'basic' });
  });
});

/**
 * Refused requests: bad input (400, 413, 415), no or wrong credentials (401), refusals of the authorization
 * core (403) and rate limits (429). None of them discloses or logs anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDisclosures } from '../../disclosure-log/index.js';
import { makeTestHetu } from '../../register/hetu.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import {
  evakaHeaders,
  HETU_OR_SCRUBBED,
  insertTestClient,
  insertTestPerson,
  recordTestChange,
  type TestClient,
} from './test-data.js';

const API = '/VTJmutpa/api/v1';
const HETU = makeTestHetu('1975-05-05', 931);
let t: TestApp;
let client: TestClient;
let now: Date;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  now = t.clock.now();
  client = await insertTestClient(t.db.orm, now);
  const id = await insertTestPerson(t.db.orm, { hetu: HETU, birthDate: '1975-05-05', home: '091' }, now);
  await recordTestChange(
    t.db,
    id,
    { changedAt: '2026-11-02T08:00:00Z', tietoryhmat: [{ tietoryhma: 'KOTIKUNTA', kuntakoodi: '091' }] },
    now,
  );
}, 120_000);
afterAll(() => t.close());

type Call = {
  method: 'GET' | 'POST';
  url: string;
  payload?: string | object;
  headers?: Record<string, string>;
};

const send = (call: Call, headers = evakaHeaders(client)) =>
  t.app.inject({
    method: call.method,
    url: call.url,
    headers: { ...headers, ...call.headers },
    payload: call.payload,
  });

const muutokset = (payload: string | object, headers?: Record<string, string>): Call => ({
  method: 'POST',
  url: `${API}/muutokset`,
  payload,
  ...(headers ? { headers } : {}),
});
const perustiedot = (payload: object): Call => ({ method: 'POST', url: `${API}/perustiedot`, payload });
const kirjausavain = (date: string): Call => ({ method: 'GET', url: `${API}/kirjausavain/${date}` });
const validRequests: Call[] = [
  kirjausavain('2026-11-01'),
  muutokset({ viimeisinKirjausavain: 0, hetulista: [HETU] }),
  perustiedot({ hetulista: [HETU] }),
];

describe('400: bad input gets a precise error naming the field', () => {
  const tooMany = Array.from({ length: 1001 }, (_, i) =>
    makeTestHetu('1960-01-01', 900 + (i % 100), Math.floor(i / 100) % 6),
  );

  it.each<[string, Call, string, RegExp]>([
    ['malformed JSON', muutokset('{"viimeisinKirjausavain": 1,'), 'malformed_json', /not valid JSON/],
    ['an empty body', muutokset(''), 'malformed_json', /empty/],
    [
      'a key sent as a string',
      muutokset({ viimeisinKirjausavain: '5446623423', hetulista: [] }),
      'invalid_field',
      /^viimeisinKirjausavain /,
    ],
    [
      'a negative key',
      muutokset({ viimeisinKirjausavain: -1, hetulista: [] }),
      'invalid_field',
      /^viimeisinKirjausavain /,
    ],
    [
      'a hetu sent as a number',
      muutokset({ viimeisinKirjausavain: 1, hetulista: [HETU, 42] }),
      'invalid_field',
      /^hetulista\[1\] /,
    ],
    [
      'an unknown field',
      muutokset({ viimeisinKirjausavain: 1, hetulista: [], sivu: 2 }),
      'unknown_field',
      /: sivu$/,
    ],
    ['no key', muutokset({ hetulista: [HETU] }), 'missing_field', /: viimeisinKirjausavain$/],
    [
      'no hetulista under a hetu-list permit',
      muutokset({ viimeisinKirjausavain: 1 }),
      'missing_field',
      /: hetulista$/,
    ],
    [
      'an invalid hetu',
      muutokset({ viimeisinKirjausavain: 1, hetulista: [HETU, '010180-999B'] }),
      'invalid_hetu',
      /^hetulista\[1\]: invalid hetu "010180-999B": checksum/,
    ],
    ['1 001 hetus in perustiedot', perustiedot({ hetulista: tooMany }), 'too_many_hetus', /more than 1000/],
    ['no hetus in perustiedot', perustiedot({ hetulista: [] }), 'invalid_field', /^hetulista /],
    [
      'a data group outside the catalogue',
      perustiedot({ hetulista: [HETU], tietoryhmat: ['KOTIKUNTA', 'OSOITE'] }),
      'unknown_data_group',
      /^tietoryhmat\[1\] .*"OSOITE"/,
    ],
    ['an impossible date', kirjausavain('2026-02-30'), 'invalid_field', /^date /],
    ['a date in another format', kirjausavain('25.11.2026'), 'invalid_field', /^date /],
  ])('%s', async (_name, call, error, message) => {
    const res = await send(call);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ error, message: expect.stringMatching(message) });
  });

  it('a body over the limit is a 413, an XML body a 415', async () => {
    const huge = perustiedot({
      hetulista: [HETU],
      tietoryhmat: Array.from({ length: 30_000 }, () => 'KOTIKUNTA'),
    });
    expect((await send(huge)).json()).toEqual({ error: 'body_too_large', message: expect.any(String) });
    const res = await send(muutokset('<muutokset/>', { 'content-type': 'application/xml' }));
    expect([res.statusCode, res.json().error]).toEqual([415, 'unsupported_media_type']);
  });

  it('discloses nothing', async () => {
    expect(await searchDisclosures(t.db.orm, { organisationId: client.organisationId, limit: 10 })).toEqual(
      [],
    );
  });
});

describe('401: credentials are required', () => {
  it.each(validRequests.map((call) => [call.url, call]))('%s without credentials', async (_url, call) => {
    const res = await send(call, { 'content-type': 'application/json', 'x-road-client': client.xroadClient });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Basic realm="VTJmutpa"');
    expect(res.json()).toEqual({ error: 'missing_credentials', message: expect.any(String) });
  });

  it('a wrong password, and a MUTP-Tunnus without MUTP-Salasana', async () => {
    const wrong = {
      ...evakaHeaders(client),
      authorization: `Basic ${Buffer.from(`${client.username}:x`).toString('base64')}`,
    };
    expect((await send(validRequests[1] as Call, wrong)).json().error).toBe('invalid_credentials');
    const half = {
      'content-type': 'application/json',
      'mutp-tunnus': client.username,
      'x-road-client': client.xroadClient,
    };
    expect((await send(validRequests[1] as Call, half)).statusCode).toBe(401);
  });

  it('comes before any look at the body: malformed JSON from an unknown caller is a 401', async () => {
    const res = await send(muutokset('{"viimeisinKirjausavain":'), { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(401);
  });
});

describe('403: the authorization core refuses, naming the reason and nothing about persons', () => {
  it.each<[string, () => Promise<TestClient>, Record<string, string> | undefined, string]>([
    [
      'an unapproved connection',
      () => insertTestClient(t.db.orm, now, { approved: false }),
      undefined,
      'connection_not_approved',
    ],
    [
      'a permit for VTJkysely',
      () => insertTestClient(t.db.orm, now, { interface: 'vtjkysely' }),
      undefined,
      'wrong_interface',
    ],
    [
      'an expired permit',
      () => insertTestClient(t.db.orm, now, { validUntil: '2026-11-24' }),
      undefined,
      'permit_expired',
    ],
    [
      'a request from another X-Road client',
      () => insertTestClient(t.db.orm, now),
      { 'x-road-client': 'FI-TEST/MUN/0101263-6/muu' },
      'unknown_connection',
    ],
  ])('%s', async (_name, makeClient, extraHeaders, reason) => {
    const refused = await makeClient();
    for (const call of validRequests) {
      const res = await send(call, { ...evakaHeaders(refused), ...extraHeaders });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ error: reason, message: expect.any(String) });
    }
    expect(await searchDisclosures(t.db.orm, { organisationId: refused.organisationId, limit: 10 })).toEqual(
      [],
    );
  });
});

describe('429: rate limits, with an integer Retry-After of at most 600 seconds', () => {
  it('after too many failed attempts from one address', async () => {
    t.clock.set('2026-11-25T11:00:00.000Z');
    const wrong = {
      ...evakaHeaders(client),
      authorization: `Basic ${Buffer.from('nobody:x').toString('base64')}`,
    };
    for (let i = 0; i < 30; i++) expect((await send(validRequests[0] as Call, wrong)).statusCode).toBe(401);
    const res = await send(validRequests[0] as Call, wrong);
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.json().error).toBe('rate_limited');
  });

  it('after 600 requests in a minute from one connection', async () => {
    t.clock.set('2026-11-25T11:05:30.000Z');
    const busy = await insertTestClient(t.db.orm, now);
    for (let i = 0; i < 600; i++)
      expect((await send(validRequests[0] as Call, evakaHeaders(busy))).statusCode).toBe(200);
    const res = await send(validRequests[1] as Call, evakaHeaders(busy));
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBe(30);
    expect(await searchDisclosures(t.db.orm, { organisationId: busy.organisationId, limit: 10 })).toEqual([]);
  }, 60_000);
});

it('nothing personal reaches the log lines, not even from refused input', () => {
  expect(t.logLines.join('')).not.toMatch(HETU_OR_SCRUBBED);
});

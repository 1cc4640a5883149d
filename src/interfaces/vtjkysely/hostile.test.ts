/**
 * Hostile and broken requests through HTTP: every one gets a SOAP Fault or a Paluukoodi document, in XML,
 * quickly, and none crashes the service (no Server fault, no JSON). Fuzzed requests are held to the same.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.js';
import { LEGACY_SOAP_ACTION, NS, type PersonQuery } from './envelope.js';
import { BODY_LIMIT } from './index.js';
import {
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import { mutated, noise, SEED_REQUESTS, xmlish } from './test-fuzz.js';
import { all, legacyRequest, postLegacy, postXRoad, readAnswer, valueAt, xroadRequest } from './test-soap.js';
import { parseXml } from './xml.js';

let t: TestApp;
let permit: TestPermit;
let person: TestPerson;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  permit = await seedPermit(t.db.orm, t.clock.now());
  person = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1990-09-09',
      sex: 'NAINEN',
      firstNames: 'Sanna',
      lastName: 'Sitkeä',
      address: { ...HELSINKI_ADDRESS, since: '2020-01-01' },
    },
    t.clock.now(),
  );
});
afterAll(() => t.close());

const ask = (overrides: PersonQuery = {}): PersonQuery => ({
  SoSoNimi: 'PERUSSANOMA 1',
  Kayttajatunnus: permit.username,
  Salasana: permit.password,
  Loppukayttaja: 'virkailija-3',
  Henkilotunnus: person.hetu,
  ...overrides,
});

type Response = Awaited<ReturnType<typeof postLegacy>>;

/** A SOAP 1.1 Fault in XML with this status and faultcode. */
function expectFault(response: Response, status: number, faultcode = 'soap:Client'): string {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
  const [fault] = all(parseXml(response.body), 'Body', 'Fault');
  expect(valueAt(fault, 'faultcode')).toBe(faultcode);
  return valueAt(fault, 'faultstring') as string;
}

const XXE = `<?xml version="1.0"?><!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><soapenv:Envelope xmlns:soapenv="${NS.soap}"><soapenv:Body><TeeHenkilonTunnusKysely xmlns="${NS.tempuri}"><Henkilotunnus>&xxe;</Henkilotunnus></TeeHenkilonTunnusKysely></soapenv:Body></soapenv:Envelope>`;

describe('attacks on the XML parser', () => {
  it('refuses an external entity (XXE) on both front ends, revealing nothing', async () => {
    for (const send of [postLegacy, postXRoad]) {
      const response = await send(t.app, XXE);
      expect(expectFault(response, 500)).toMatch(/DOCTYPE/);
      expect(response.body).not.toContain('root:');
    }
  });

  it('refuses entity expansion (billion laughs) at once', async () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<!DOCTYPE s [<!ENTITY l0 "lol">${entities}]><soapenv:Envelope xmlns:soapenv="${NS.soap}"><soapenv:Body><x>&l9;</x></soapenv:Body></soapenv:Envelope>`;
    const started = performance.now();
    expectFault(await postLegacy(t.app, bomb), 500);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a body over the limit with 413, also one far over it', async () => {
    const padding = `<!--${'x'.repeat(BODY_LIMIT)}-->`;
    expectFault(await postLegacy(t.app, legacyRequest(ask()) + padding), 413);
    expectFault(await postXRoad(t.app, Buffer.alloc(8 * 1024 * 1024, 0x20)), 413);
  });

  it('refuses malformed XML, bytes that are not UTF-8 and charsets it cannot read', async () => {
    expectFault(await postLegacy(t.app, '<soapenv:Envelope xmlns:soapenv="x"><unclosed>'), 500);
    expectFault(await postLegacy(t.app, Buffer.from([0x3c, 0x61, 0xff, 0xfe, 0x3e])), 500);
    expectFault(
      await postLegacy(t.app, legacyRequest(ask()), { 'content-type': 'text/xml; charset=utf-16' }),
      500,
    );
    expectFault(await postLegacy(t.app, ''), 500);
  });
});

describe('requests that are not this service’s SOAP', () => {
  it('answers a wrong content type with 415 as a SOAP Fault, never JSON', async () => {
    for (const contentType of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await postLegacy(t.app, '{"Henkilotunnus":"x"}', { 'content-type': contentType });
      expectFault(response, 415);
    }
  });

  it('answers a SOAP 1.2 envelope with VersionMismatch, and any other root with a Client fault', async () => {
    const soap12 = legacyRequest(ask()).replaceAll(NS.soap, NS.soap12);
    expectFault(
      await postLegacy(t.app, soap12, { 'content-type': 'application/soap+xml' }),
      500,
      'soap:VersionMismatch',
    );
    expectFault(await postLegacy(t.app, '<Envelope/>'), 500);
  });

  it('refuses an unknown operation, a wrong namespace or SOAPAction, a second Body element', async () => {
    expect(
      expectFault(await postLegacy(t.app, legacyRequest(ask()).replaceAll(NS.tempuri, NS.xroadQuery)), 500),
    ).toMatch(/operation/);
    expect(
      expectFault(
        await postLegacy(t.app, legacyRequest(ask()), {
          soapaction: 'http://tempuri.org/TeeHenkilonTunnistusKysely',
        }),
        500,
      ),
    ).toMatch(/SOAPAction/);
    const twice = legacyRequest(ask()).replace('</SOAP-ENV:Body>', '<x/></SOAP-ENV:Body>');
    expectFault(await postLegacy(t.app, twice), 500);
    const duplicate = legacyRequest(ask()).replace(
      '<ns2:Loppukayttaja>',
      '<ns2:Loppukayttaja>a</ns2:Loppukayttaja><ns2:Loppukayttaja>',
    );
    expect(expectFault(await postLegacy(t.app, duplicate), 500)).toMatch(/twice/);
  });

  it('accepts SOAPAction quoted, unquoted or absent; ignores fields in another namespace (then one is missing)', async () => {
    for (const soapaction of [`"${LEGACY_SOAP_ACTION}"`, LEGACY_SOAP_ACTION, '""']) {
      expect(readAnswer(await postLegacy(t.app, legacyRequest(ask()), { soapaction })).koodi).toBe('0000');
    }
    const unqualified = legacyRequest(ask()).replace(
      /<ns2:Loppukayttaja>.*<\/ns2:Loppukayttaja>/,
      '<Loppukayttaja>x</Loppukayttaja>',
    );
    expect(readAnswer(await postLegacy(t.app, unqualified)).koodi).toBe('-1904');
  });

  it('refuses a header block it must understand but does not', async () => {
    const body = legacyRequest(ask()).replace(
      '<SOAP-ENV:Header/>',
      '<SOAP-ENV:Header><sec:Security xmlns:sec="urn:sec" SOAP-ENV:mustUnderstand="1"/></SOAP-ENV:Header>',
    );
    expectFault(await postLegacy(t.app, body), 500, 'soap:MustUnderstand');
  });

  it('refuses an X-Road request without its header fields, or with the wrong protocol or service', async () => {
    const request = xroadRequest(ask(), { client: permit.xroadClient });
    const cases: [string, RegExp][] = [
      [request.replace(/<SOAP-ENV:Header>.*<\/SOAP-ENV:Header>/, ''), /header is missing/],
      [request.replace(/<xrd:id [^>]*>[^<]*<\/xrd:id>/, ''), /exactly one id/],
      [request.replace('>4.0<', '>3.1<'), /protocolVersion/],
      [
        request.replace('<id:serviceCode>HenkilonTunnusKysely', '<id:serviceCode>HenkilonTunnistusKysely'),
        /serviceCode/,
      ],
      [request.replace('<id:serviceVersion>v1', '<id:serviceVersion>v2'), /serviceVersion/],
      [legacyRequest(ask()), /header/],
    ];
    for (const [body, message] of cases)
      expect(expectFault(await postXRoad(t.app, body), 500)).toMatch(message);
  });

  it('answers other methods with 405, and GET without ?wsdl too', async () => {
    for (const url of ['/SoSo/soso.asmx', '/VTJkysely']) {
      expectFault(await t.app.inject({ method: 'PUT', url, payload: 'x' }), 405);
      const get = await t.app.inject({ method: 'GET', url });
      expectFault(get, 405);
      expect(get.headers.allow).toBe('GET, POST');
    }
  });

  it('reads an ISO-8859-1 request, by its Content-Type or by its declaration', async () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const query = ask({ Loppukayttaja: 'käsittelijä' });
    const declared = legacyRequest(query).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(readAnswer(await postLegacy(t.app, latin1(declared), { 'content-type': 'text/xml' })).koodi).toBe(
      '0000',
    );
    const response = await postXRoad(t.app, latin1(xroadRequest(query, { client: permit.xroadClient })), {
      'content-type': 'text/xml; charset=ISO-8859-1',
    });
    expect(response.body).toContain('<Loppukayttaja>käsittelijä</Loppukayttaja>');
  });
});

/** Every answer to a fuzzed request: XML, a fault or a document, never a crash (Server fault) or JSON. */
function expectHandled(response: Response): void {
  expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
  const envelope = parseXml(response.body);
  if (response.statusCode === 200) {
    expect(all(envelope, 'Body').length).toBe(1);
  } else {
    expect([403, 413, 415, 429, 500]).toContain(response.statusCode);
    expect(valueAt(all(envelope, 'Body', 'Fault')[0], 'faultcode')).not.toBe('soap:Server');
  }
}

describe('fuzzing the front ends', () => {
  it('mutated real requests get a fault or an answer, never a crash', async () => {
    const requests = [
      legacyRequest(ask()),
      xroadRequest(ask(), { client: permit.xroadClient }),
      ...SEED_REQUESTS,
    ];
    for (const seed of requests) {
      for (const body of fc.sample(mutated(seed), { numRuns: 60, seed: 7 })) {
        expectHandled(await postLegacy(t.app, body));
        expectHandled(await postXRoad(t.app, body));
      }
    }
  });

  it('XML-ish noise gets a fault, never a crash', async () => {
    for (const body of [
      ...fc.sample(noise, { numRuns: 100, seed: 8 }),
      ...fc.sample(xmlish, { numRuns: 100, seed: 9 }),
    ]) {
      expectHandled(await postLegacy(t.app, body));
      expectHandled(await postXRoad(t.app, body));
    }
  });

  it('logs no hetu and nothing the scrubber had to remove, whatever came in', () => {
    const lines = t.logLines.join('');
    expect(lines).not.toContain(person.hetu);
    expect(lines).not.toContain('[hetu]');
    expect(lines).not.toContain('root:');
  });
});

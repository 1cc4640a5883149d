/**
 * Over real HTTPS, outside demo mode: a direct client is admitted by its registered certificate, X-Road
 * requests by the pinned security server's certificate and the subsystem they name; anyone else gets
 * HTTP 403 with a SOAP Fault.
 */
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateFingerprint, decideConnection, registerCertificate } from '../../access/index.js';
import { makeTestPki, type TestCertificate } from '../../access/test-certificates.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import type { PersonQuery } from './envelope.js';
import {
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import { legacyRequest, readAnswer, xroadRequest } from './test-soap.js';

const pki = makeTestPki([
  { name: 'server', server: true },
  { name: 'security-server' },
  { name: 'direct-client' },
  { name: 'stranger' },
]);
const leaf = (name: string) => pki.leaves[name] as TestCertificate;

let t: TestApp;
let permit: TestPermit;
let person: TestPerson;

beforeAll(async () => {
  t = await buildTestApp({
    tls: { ...leaf('server'), clientCa: pki.ca.cert },
    env: {
      DEMO: 'false',
      SECURITY_SERVER_CERT_SHA256: certificateFingerprint(new X509Certificate(leaf('security-server').cert)),
    },
  });
  const now = t.clock.now();
  permit = await seedPermit(t.db.orm, now);
  const certificate = await registerCertificate(
    t.db.orm,
    permit.permitId,
    leaf('direct-client').cert,
    'test',
    now,
  );
  await decideConnection(t.db.orm, certificate.id, 'approved', now);
  person = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1979-12-12',
      sex: 'MIES',
      firstNames: 'Tero',
      lastName: 'Turva',
      address: { ...HELSINKI_ADDRESS, since: '2019-01-01' },
    },
    now,
  );
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

function post(
  path: string,
  body: string,
  client?: TestCertificate,
): Promise<{ status: number; body: string }> {
  const { port } = t.app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        ca: pki.ca.cert,
        ...(client ?? {}),
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const ask = (): PersonQuery => ({
  SoSoNimi: 'PERUSSANOMA 1',
  Kayttajatunnus: permit.username,
  Salasana: permit.password,
  Loppukayttaja: 'virkailija-5',
  Henkilotunnus: person.hetu,
});

describe('the direct service over mutual TLS', () => {
  it('answers a client with a certificate registered and approved for the permit', async () => {
    const response = await post('/SoSo/soso.asmx', legacyRequest(ask()), leaf('direct-client'));
    expect(response.status).toBe(200);
    expect(readAnswer(response.body).koodi).toBe('0000');
  });

  it('refuses a client without a certificate, or with one not registered for the permit, with 403', async () => {
    for (const client of [undefined, leaf('stranger')]) {
      const response = await post('/SoSo/soso.asmx', legacyRequest(ask()), client);
      expect(response.status).toBe(403);
      expect(response.body).toContain('<faultcode>soap:Client</faultcode>');
    }
  });
});

describe('the X-Road service behind a pinned security server', () => {
  it('answers for the subsystem the security server vouches for', async () => {
    const response = await post(
      '/VTJkysely',
      xroadRequest(ask(), { client: permit.xroadClient }),
      leaf('security-server'),
    );
    expect(response.status).toBe(200);
    expect(readAnswer(response.body).koodi).toBe('0000');
  });

  it('refuses a subsystem not registered for the permit, and the same request without the security server', async () => {
    const stranger = await post(
      '/VTJkysely',
      xroadRequest(ask(), { client: 'FI-TEST/MUN/0101263-6/someone' }),
      leaf('security-server'),
    );
    expect(stranger.status).toBe(403);
    const direct = await post(
      '/VTJkysely',
      xroadRequest(ask(), { client: permit.xroadClient }),
      leaf('stranger'),
    );
    expect(direct.status).toBe(403);
  });
});

import { X509Certificate } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsOptions } from '../app.js';
import { certificateFingerprint } from './connections.js';
import { makeTestPki, type TestCertificate } from './test-certificates.js';
import { DEMO_CERTIFICATE_SHA256, transportIdentity } from './transport.js';

const pki = makeTestPki([
  { name: 'server', server: true },
  { name: 'security-server' },
  { name: 'direct-client' },
]);
const leaf = (name: string) => pki.leaves[name] as TestCertificate;
const fingerprint = (name: string) => certificateFingerprint(new X509Certificate(leaf(name).cert));
const claimed = 'FI-TEST/MUN/0101263-6/evaka';

/** A real HTTPS (or HTTP) server whose one route reports the transport identity it established. */
async function serve(
  config: { demo: boolean; securityServerFingerprints: string[] },
  tls: boolean,
): Promise<FastifyInstance> {
  const options = tls ? { https: httpsOptions({ ...leaf('server'), clientCa: pki.ca.cert }) } : {};
  const app = Fastify(options as object) as unknown as FastifyInstance;
  app.get('/who', async (request) =>
    transportIdentity(request, config, request.headers['x-road-client'] as string | undefined),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

function get(
  app: FastifyInstance,
  options: { tls: boolean; client?: TestCertificate; header?: string },
): Promise<unknown> {
  const { port } = app.server.address() as AddressInfo;
  const headers = options.header ? { 'X-Road-Client': options.header } : {};
  return new Promise((resolve, reject) => {
    const done = (res: import('node:http').IncomingMessage) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(JSON.parse(body)));
    };
    const req = options.tls
      ? httpsRequest(
          { host: '127.0.0.1', port, path: '/who', headers, ca: pki.ca.cert, ...(options.client ?? {}) },
          done,
        )
      : httpRequest({ host: '127.0.0.1', port, path: '/who', headers }, done);
    req.on('error', reject);
    req.end();
  });
}

let production: FastifyInstance;
let demoPlain: FastifyInstance;
let productionPlain: FastifyInstance;
beforeAll(async () => {
  production = await serve(
    { demo: false, securityServerFingerprints: [fingerprint('security-server')] },
    true,
  );
  demoPlain = await serve({ demo: true, securityServerFingerprints: [] }, false);
  productionPlain = await serve({ demo: false, securityServerFingerprints: [] }, false);
});
afterAll(async () => {
  await Promise.all([production.close(), demoPlain.close(), productionPlain.close()]);
});

describe('transport identity', () => {
  it('trusts the X-Road client header only on a connection from the pinned security server', async () => {
    expect(await get(production, { tls: true, client: leaf('security-server'), header: claimed })).toEqual({
      xroadClient: claimed,
    });
  });

  it('identifies any other verified client by its certificate, ignoring an X-Road header it sends', async () => {
    expect(await get(production, { tls: true, client: leaf('direct-client'), header: claimed })).toEqual({
      certificateSha256: fingerprint('direct-client'),
    });
  });

  it('gives no identity to a TLS client without a certificate, or with one from another CA', async () => {
    expect(await get(production, { tls: true, header: claimed })).toEqual({});
    const stranger = makeTestPki([{ name: 'stranger' }]).leaves.stranger as TestCertificate;
    expect(await get(production, { tls: true, client: stranger, header: claimed })).toEqual({});
  });

  it('in demo mode accepts plain HTTP from loopback: the X-Road header as sent, else the demo certificate', async () => {
    expect(await get(demoPlain, { tls: false, header: claimed })).toEqual({ xroadClient: claimed });
    expect(await get(demoPlain, { tls: false })).toEqual({ certificateSha256: DEMO_CERTIFICATE_SHA256 });
    expect(await get(demoPlain, { tls: false, header: 'not an x-road id' })).toEqual({
      certificateSha256: DEMO_CERTIFICATE_SHA256,
    });
  });

  it('outside demo mode gives plain HTTP no identity at all', async () => {
    expect(await get(productionPlain, { tls: false, header: claimed })).toEqual({});
  });
});

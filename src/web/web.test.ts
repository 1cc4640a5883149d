import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webPlugin } from './index.js';

const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const INDEX = '<!doctype html><title>Tietolupa</title><div id="root"></div>';

/** The app's own 404 and an API route, with the web app registered last as in app.ts. */
async function serve(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'not_found' }));
  app.get('/api/session', async () => ({ ok: true }));
  await app.register(async (scope) => webPlugin(scope, { distDir }));
  return app;
}

let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-3f2a9c.js'), 'console.log(1);');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await serve(dist);
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('web app', () => {
  it.each(['/', '/login', '/my-page', '/applications/123/edit'])(
    'serves index.html for %s with the security headers',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: BROWSER });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(INDEX);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('caches hashed assets for a year', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-3f2a9c.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates other files', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD like GET', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/login', headers: BROWSER });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers a missing file with 404, not with the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-old.js', headers: BROWSER });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found' });
  });

  it.each([
    '/api/nope',
    '/VTJmutpa/api/v1/nope',
    '/SoSo/nope',
    '/VTJkysely/nope',
    '/health/nope',
    '/metrics/nope',
  ])('never answers %s with the app', async (url) => {
    const res = await app.inject({ method: 'GET', url, headers: BROWSER });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found' });
  });

  it('leaves the other routes alone', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/session', headers: BROWSER });
    expect(res.json()).toEqual({ ok: true });
  });

  it('gives a client that does not take HTML the JSON 404', async () => {
    for (const accept of [undefined, 'application/json']) {
      const res = await app.inject({ method: 'GET', url: '/nope', headers: accept ? { accept } : {} });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: 'not_found' });
    }
  });

  it('serves nothing outside the build', async () => {
    for (const url of ['/../package.json', '/assets/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const res = await app.inject({ method: 'GET', url, headers: BROWSER });
      expect(res.statusCode).not.toBe(200);
    }
  });

  it('answers 503 with how to build when the app is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'web-unbuilt-'));
    const unbuilt = await serve(empty);
    try {
      const res = await unbuilt.inject({ method: 'GET', url: '/', headers: BROWSER });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('npm run build');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

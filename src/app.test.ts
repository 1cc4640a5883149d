import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { createTestDatabase, type TestDatabase } from './db/test-database.js';
import { ManualClock } from './platform/clock.js';
import { createLogger } from './platform/logger.js';

let db: TestDatabase;
let app: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const destination = new Writable({
    write(chunk, _e, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({
    config: loadConfig({ DEMO: 'false' }),
    db,
    clock: new ManualClock('2026-11-25T10:00:00Z'),
    logger: createLogger({ destination }),
  });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('platform routes', () => {
  it('GET /health reports the database engine and state', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { engine: db.engine, status: 'up', version: expect.stringMatching(/^\d+/) },
      time: '2026-11-25T10:00:00.000Z',
    });
  });

  it('GET /metrics serves Prometheus text with request counts by route template', async () => {
    await app.inject({ method: 'GET', url: '/health' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/http_requests_total\{route="\/health",method="GET",status="200"\} \d+/);
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });

  it('answers an unknown route with a JSON 404 and no demo route outside demo mode', async () => {
    for (const url of ['/nope', '/api/demo-world']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: 'not_found', message: 'No such route' });
    }
  });

  it('logs requests without query strings', async () => {
    await app.inject({ method: 'GET', url: '/health?hetu=secret-value' });
    expect(logLines.join('')).not.toContain('secret-value');
    expect(logLines.join('')).toContain('"url":"/health"');
  });
});

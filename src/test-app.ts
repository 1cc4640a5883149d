/**
 * The full application on a fresh migrated database with a fixed clock, for route tests that send real
 * requests (app.inject, or app.listen for a real socket). Log lines are captured so that tests can check
 * that nothing personal reaches them. Test-only.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type TlsMaterial } from './app.js';
import { type Config, loadConfig } from './config.js';
import { createTestDatabase, type TestDatabase } from './db/test-database.js';
import { ManualClock } from './platform/clock.js';
import { createLogger } from './platform/logger.js';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  clock: ManualClock;
  config: Config;
  logLines: string[];
  close(): Promise<void>;
}

export async function buildTestApp(
  options: { now?: string; env?: Record<string, string>; tls?: TlsMaterial; poolSize?: number } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(options.poolSize ? { poolSize: options.poolSize } : {});
  const clock = new ManualClock(options.now ?? '2026-11-25T10:00:00.000Z');
  // Demo mode off by default: tests build their own data; `env: { DEMO: 'true' }` for loopback demo rules.
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'info', ...options.env });
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({
    config,
    db,
    clock,
    logger: createLogger({ destination }),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  return {
    app,
    db,
    clock,
    config,
    logLines,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

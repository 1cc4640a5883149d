/**
 * npm start: configuration → database (migrations) → demo world on an empty demo database → listen.
 * Explicit timeouts and a graceful close on SIGINT/SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { pruneRateLimits } from './access/index.js';
import { buildApp } from './app.js';
import { backOfficeJobs } from './back-office/index.js';
import { configOrExit, helsinkiDate, openConfiguredDatabase } from './cli/common.js';
import { seedDemoWorld } from './demo/world.js';
import { pruneDisclosures } from './disclosure-log/index.js';
import { permitJobs } from './permits/index.js';
import { systemClock } from './platform/clock.js';
import { startJobs } from './platform/jobs.js';
import { createLogger } from './platform/logger.js';

async function main(): Promise<void> {
  const config = configOrExit();
  // Readable logs for a person at a terminal; JSON lines for everything else (and always in production).
  const pretty =
    process.stdout.isTTY && config.environment !== 'production'
      ? (await import('pino-pretty')).default({ colorize: true, ignore: 'pid,hostname,name' })
      : undefined;
  const logger = createLogger({ level: config.logLevel, ...(pretty ? { destination: pretty } : {}) });
  const db = await openConfiguredDatabase(config);
  logger.info(
    { engine: db.engine, dataDir: db.engine === 'pglite' ? config.dataDir : undefined },
    'database ready',
  );
  if (config.demo) {
    await seedDemoWorld(db, config, helsinkiDate(systemClock.now()), systemClock.now(), (m) =>
      logger.info(m),
    );
  }
  const tls = config.tls && {
    key: readFileSync(config.tls.keyFile, 'utf8'),
    cert: readFileSync(config.tls.certFile, 'utf8'),
    ...(config.tls.clientCaFile ? { clientCa: readFileSync(config.tls.clientCaFile, 'utf8') } : {}),
  };
  const app = await buildApp({ config, db, clock: systemClock, logger, ...(tls ? { tls } : {}) });
  app.server.requestTimeout = 120_000;
  app.server.headersTimeout = 30_000;
  await app.listen({ port: config.port, host: config.host });
  const url = `${tls ? 'https' : 'http'}://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  process.stdout.write(
    `\nTietolupa is running at ${url}/\n` +
      (config.demo
        ? `Demo world (credentials, test persons): npm run --silent demo-world  or  ${url}/api/demo-world\n`
        : '') +
      `Health: ${url}/health   Metrics: ${url}/metrics\n\n`,
  );

  // Retention of the disclosure log (five years) and of finished rate-limit windows.
  const jobs = startJobs(
    [
      {
        name: 'disclosure-log-retention',
        everyMs: 24 * 3_600_000,
        run: (now) => pruneDisclosures(db.orm, now),
      },
      { name: 'rate-limit-cleanup', everyMs: 3_600_000, run: (now) => pruneRateLimits(db.orm, now) },
      // The permit lifecycle (terms deadline → lapsed, validity → expired) and unanswered information requests.
      ...permitJobs(db),
      ...backOfficeJobs(db, config),
    ],
    systemClock,
    logger,
  );

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Tietolupa failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

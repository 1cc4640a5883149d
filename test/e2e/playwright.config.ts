/**
 * End-to-end tests: the real system (`npm start`, the web app built on demand) on a free port with a
 * fresh embedded database and a small demo world, driven in Debian's Chromium (never a downloaded one).
 *
 * npm run test:e2e       the journeys in specs/
 * npm run screenshots    the README's screenshots into docs/screenshots/
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { startMailbox } from './mailbox';
import { fingerprint, pkiPath, writeTestPki } from './pki';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

// Chosen once by the runner; its workers load this file again and inherit these through the environment.
process.env.E2E_PORT ??= String(await freePort());
if (!process.env.E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tietolupa-e2e-'));
  process.env.E2E_DATA_DIR = dataDir;
  // When the runner exits, the server has been stopped: its database (and the lock file beside it) goes.
  process.on('exit', () => {
    for (const path of [dataDir, `${dataDir}.lock`]) rmSync(path, { recursive: true, force: true });
  });
}
// The e2e mailbox (mailbox.ts): a real SMTP receiver in the runner process only, which the server's mail
// outbox sends to; specs read what arrived with waitForMail().
if (!process.env.E2E_MAIL_DIR) {
  const mailDir = mkdtempSync(join(tmpdir(), 'tietolupa-e2e-mail-'));
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_SMTP_PORT = String((await startMailbox(mailDir)).port);
  process.on('exit', () => rmSync(mailDir, { recursive: true, force: true }));
}
// HTTPS with client certificates, as in production (pki.ts).
if (!process.env.E2E_PKI_DIR) {
  const pkiDir = mkdtempSync(join(tmpdir(), 'tietolupa-e2e-pki-'));
  writeTestPki(pkiDir);
  process.env.E2E_PKI_DIR = pkiDir;
  process.on('exit', () => rmSync(pkiDir, { recursive: true, force: true }));
}
const baseURL = `https://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  fullyParallel: false,
  // One browser at a time: the journeys share one server, whose login attempts are rate-limited.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 2 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // The test CA is not in the browser's trust store.
    ignoreHTTPSErrors: true,
    browserName: 'chromium',
    headless: true,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'journeys', testMatch: 'specs/**/*.spec.ts' },
    { name: 'screenshots', testMatch: 'screenshots.spec.ts' },
  ],
  webServer: {
    command: 'npm start',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `${baseURL}/health`,
    ignoreHTTPSErrors: true,
    env: {
      TLS_CERT: pkiPath('server.crt'),
      TLS_KEY: pkiPath('server.key'),
      TLS_CLIENT_CA: pkiPath('ca.crt'),
      SECURITY_SERVER_CERT_SHA256: fingerprint('security-server'),
      PORT: process.env.E2E_PORT,
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: '',
      DEMO_PERSONS: '1500',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PUBLIC_BASE_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_POLL_SECONDS: '1',
      // Every browser of the suite comes from 127.0.0.1: the per-address login limit would count them all.
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    },
    // A first start builds the web app and seeds the demo world.
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});

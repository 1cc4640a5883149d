import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { makeTestHetu } from '../register/hetu.js';
import { appendDisclosure, type NewDisclosure } from './index.js';
import { yearsBefore } from './retention.js';

// The CLI opens the database the way the server does: DATABASE_URL when set (here: the test database),
// otherwise the embedded database in DATA_DIR (here: a temporary directory).
let dataDir: string;
let pg: TestDatabase | undefined;

/** Runs `fn` on the CLI's database. PGlite serves one process at a time, so it is closed again after. */
async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  if (pg) return fn(pg);
  const db = await openDatabase({ dataDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/disclosure-log.ts', ...args],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: pg?.url ?? '' },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const realNow = new Date();
const entry = (i: number): NewDisclosure => ({
  // Two entries past the five-year retention, three recent ones.
  disclosedAt: i < 2 ? yearsBefore(realNow, 7) : realNow,
  permitId: 'permit-1',
  organisationId: 'org-1',
  interface: 'vtjkysely',
  operation: 'HenkilonTunnusKysely',
  hetus: [makeTestHetu('1985-03-03', 905 + i)],
  dataGroups: ['HENKILON_NIMI'],
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'disclosure-log-cli-'));
  if (process.env.DATABASE_URL) pg = await createTestDatabase();
  await withDatabase(async (db) => {
    for (let i = 0; i < 5; i++) await db.orm.transaction((tx) => appendDisclosure(tx, entry(i)));
  });
});

afterAll(async () => {
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('disclosure-log CLI', () => {
  it('prints help, and refuses an unknown command with exit code 2', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: disclosure-log <command>/);
    const wrong = await cli('frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/expected one command: verify or prune/);
  }, 60_000);

  it('verifies, prunes, and exits 1 naming the first bad seq after tampering', async () => {
    const ok = await cli('verify', '--progress-every', '2');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/^disclosure log OK: 5 entries verified, last hash [0-9a-f]{64}\n$/);
    expect(ok.stderr).toMatch(/verified 5 entries/);

    const pruned = await cli('prune');
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/pruned: 2 entries disclosed before .* removed, checkpoint at seq 2\n$/);
    expect((await cli('verify')).stdout).toMatch(/^disclosure log OK: 3 entries verified/);

    // The attacker, as the table owner, removes the newest entry and recomputes nothing …
    await withDatabase(async (db) => {
      await db.orm.execute(sql`ALTER TABLE disclosure DISABLE TRIGGER ALL`);
      await db.orm.execute(sql`DELETE FROM disclosure WHERE seq = 5`);
    });
    const truncated = await cli('verify');
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toBe('disclosure log BROKEN at seq 5: gap (2 entries verified before it)\n');

    // … and alters an older one.
    await withDatabase(async (db) => {
      await db.orm.execute(sql`UPDATE disclosure SET permit_id = 'permit-2' WHERE seq = 4`);
    });
    const altered = await cli('verify');
    expect(altered.code).toBe(1);
    expect(altered.stdout).toBe(
      'disclosure log BROKEN at seq 4: hash_mismatch (1 entries verified before it)\n',
    );
  }, 120_000);
});

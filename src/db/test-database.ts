/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when DATABASE_URL is set (CI's
 * second run), a new PostgreSQL database created beside it and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from './index.js';

export interface TestDatabase extends Database {
  /** The URL of the test database, when it is PostgreSQL (for tests that need their own connections). */
  readonly url: string | undefined;
}

export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return Object.assign(db, { url: undefined });
  }
  const name = `tietolupa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize: options.poolSize ?? 5 });
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close();
      const admin2 = new pg.Client({ connectionString: adminUrl });
      await admin2.connect();
      await admin2.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin2.end();
    },
  };
}

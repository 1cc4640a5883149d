/**
 * One SQL dialect everywhere: PGlite embedded by default, PostgreSQL with DATABASE_URL (DESIGN §3).
 * The rest of the code sees a `Database`: a Drizzle handle, plus the few things Drizzle does not do
 * (bulk COPY, closing, knowing which engine it is).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** A database handle or an open transaction: queries take either. */
export type Sql = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly orm: Sql;
  /** Streams rows in PostgreSQL COPY text format (one line per row) into a table. */
  copyInto(table: string, columns: readonly string[], lines: AsyncIterable<string>): Promise<number>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Rows of a raw statement; both drivers answer `{ rows }`. */
export async function query<T>(db: Sql, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  poolSize?: number;
}): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const orm = drizzleNodePg({ client: pool, schema });
  // Several instances may start at once: one applies the migrations, the others wait for it.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7261001)');
    await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7261001)').catch(() => {});
    client.release();
  }
  return {
    engine: 'postgres',
    orm: orm as unknown as Sql,
    async copyInto(table, columns, lines) {
      const conn = await pool.connect();
      let count = 0;
      try {
        const stream = conn.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
        const done = new Promise<void>((resolve, reject) => {
          stream.on('finish', resolve);
          stream.on('error', reject);
        });
        for await (const line of lines) {
          count++;
          if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
        }
        stream.end();
        await done;
      } finally {
        conn.release();
      }
      return count;
    },
    close: () => pool.end(),
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. A lock file
 * with the owner's pid refuses the second opener with a clear message (a stale lock of a dead process is
 * taken over).
 */
function lockDataDir(dataDir: string): () => void {
  const lock = `${dataDir}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch {
      const owner = Number(readFileSync(lock, 'utf8'));
      let alive = false;
      try {
        alive = owner === process.pid || (owner > 0 && process.kill(owner, 0));
      } catch {
        alive = false;
      }
      if (alive) {
        throw new Error(
          `the embedded database ${dataDir} is in use by process ${owner} (stop it first, or set DATA_DIR)`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`cannot lock the embedded database ${dataDir}`);
}

async function openPglite(dataDir: string): Promise<Database> {
  const unlock = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = new PGlite(dataDir);
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const orm = drizzlePglite({ client, schema });
  try {
    await migratePglite(orm, { migrationsFolder });
  } catch (error) {
    await client.close();
    unlock();
    throw error;
  }
  return {
    engine: 'pglite',
    orm: orm as unknown as Sql,
    async copyInto(table, columns, lines) {
      // PGlite copies from an in-memory blob; send bounded chunks so memory stays flat.
      let count = 0;
      let chunk: string[] = [];
      let size = 0;
      const flush = async () => {
        if (chunk.length === 0) return;
        await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
          blob: new Blob(chunk),
        });
        chunk = [];
        size = 0;
      };
      for await (const line of lines) {
        count++;
        chunk.push(line);
        size += line.length;
        if (size > 8_000_000) await flush();
      }
      await flush();
      return count;
    },
    async close() {
      await client.close();
      unlock();
    },
  };
}

/** `SELECT 1` with the engine's version: what /health reports. */
export async function databaseStatus(db: Database): Promise<{ engine: string; version: string }> {
  const [row] = await query<{ version: string }>(
    db.orm,
    sql`SELECT current_setting('server_version') AS version`,
  );
  return { engine: db.engine, version: row?.version ?? 'unknown' };
}

/**
 * npm run bench:register [-- --persons 1000000 --pglite-persons 100000 --days 3]
 *
 * Measures, in one run on this machine:
 *  1. persons generated and stored per second into PostgreSQL (COPY), against the baseline of PostgreSQL
 *     itself loading the very same rows from a file with COPY (same table, same indexes);
 *  2. persons per second into the embedded PGlite;
 *  3. changes per second written by the life-event simulator on the PostgreSQL register;
 *  4. peak resident memory of this process (the generator streams).
 * Appends the results to bench/RESULTS.md. Needs PostgreSQL (BENCH_DATABASE_URL, default the local server).
 */
import { appendFileSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '../src/db/index.js';
import { generatePopulation, simulateDays } from '../src/register/index.js';
import { createBenchDatabase } from './support.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    'pglite-persons': { type: 'string', default: '100000' },
    days: { type: 'string', default: '3' },
  },
});
const persons = Number(values.persons);
const pglitePersons = Number(values['pglite-persons']);
const days = Number(values.days);
const asOf = '2026-11-01';
const now = new Date();
const log = (m: string) => process.stderr.write(`${m}\n`);
const seconds = (start: number) => (performance.now() - start) / 1000;

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const dumpDir = mkdtempSync(path.join(tmpdir(), 'tietolupa-bench-'));
  const dump = path.join(dumpDir, 'person.copy');
  try {
    // 1. Ours: generate and COPY into PostgreSQL.
    const db = await openDatabase({ url: database.url });
    let start = performance.now();
    await generatePopulation(db, {
      persons,
      seed: 1,
      asOf,
      now,
      onProgress: (n) =>
        n % 100_000 === 0 && log(`  PostgreSQL: ${n} persons, ${seconds(start).toFixed(1)} s`),
    });
    const oursPg = seconds(start);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    log(`ours → PostgreSQL: ${persons} persons in ${oursPg.toFixed(1)} s`);

    // 3. Simulator on the PostgreSQL register.
    start = performance.now();
    const simulated = await simulateDays(db, { days, now });
    const simSeconds = seconds(start);
    log(`simulator: ${simulated.changes} changes in ${simSeconds.toFixed(1)} s`);

    // Baseline: the same person rows dumped to a file, loaded back by PostgreSQL's own COPY into an
    // identical table (same columns, compression and indexes).
    // Streamed through this process (as psql's \copy does), because the server may not write our temp dir.
    const client = new pg.Client({ connectionString: database.url });
    client.on('error', () => {});
    await client.connect();
    let baselinePg: number;
    try {
      await pipeline(
        client.query(copyTo(`COPY (SELECT * FROM person WHERE id <= ${persons}) TO STDOUT`)),
        createWriteStream(dump),
      );
      await client.query('CREATE TABLE person_baseline (LIKE person INCLUDING ALL)');
      start = performance.now();
      await pipeline(createReadStream(dump), client.query(copyFrom('COPY person_baseline FROM STDIN')));
      baselinePg = seconds(start);
    } finally {
      await client.end();
    }
    log(`baseline COPY FROM file: ${baselinePg.toFixed(1)} s`);
    await db.close();

    // 2. PGlite (in memory).
    const lite = await openDatabase({ dataDir: 'memory://' });
    start = performance.now();
    await generatePopulation(lite, { persons: pglitePersons, seed: 1, asOf, now });
    const oursLite = seconds(start);
    await lite.orm.execute(sql`SELECT 1`);
    await lite.close();
    log(`ours → PGlite: ${pglitePersons} persons in ${oursLite.toFixed(1)} s`);

    const rows = [
      `| persons → PostgreSQL (generate + COPY + hetu index) | ${persons.toLocaleString('en')} | ${oursPg.toFixed(1)} s | ${Math.round(persons / oursPg).toLocaleString('en')} /s |`,
      `| baseline: PostgreSQL COPY of the same rows from a file | ${persons.toLocaleString('en')} | ${baselinePg.toFixed(1)} s | ${Math.round(persons / baselinePg).toLocaleString('en')} /s |`,
      `| **ratio ours / baseline** | | **${(oursPg / baselinePg).toFixed(2)}×** | |`,
      `| persons → PGlite (in memory) | ${pglitePersons.toLocaleString('en')} | ${oursLite.toFixed(1)} s | ${Math.round(pglitePersons / oursLite).toLocaleString('en')} /s |`,
      `| simulator changes → PostgreSQL (${days} days, ${Object.values(simulated.events).reduce((a, b) => a + b, 0)} events) | ${simulated.changes.toLocaleString('en')} | ${simSeconds.toFixed(1)} s | ${Math.round(simulated.changes / simSeconds).toLocaleString('en')} /s |`,
      `| peak RSS of the generating process | | ${Math.round(peakRssMb)} MB | |`,
    ];
    const section = [
      '',
      `## bench:register — ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Command: \`npm run bench:register -- --persons ${persons} --pglite-persons ${pglitePersons} --days ${days}\``,
      '',
      '| what | rows | time | rate |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    appendFileSync(new URL('./RESULTS.md', import.meta.url), section);
    process.stdout.write(`${section}\n`);
  } finally {
    rmSync(dumpDir, { recursive: true, force: true });
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

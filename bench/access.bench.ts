/**
 * npm run bench:access [-- --decisions 20000 --appends 20000 --concurrency 8]
 *
 * On PostgreSQL, in one run:
 *  1. authorization decisions per second (authorize(): credential, permit, connections, end customers, the
 *     decision; the argon2 check is remembered after the first call, as in steady traffic), against the
 *     baseline of the single indexed credential lookup every decision needs at least;
 *  2. disclosure-log appends per second (hash chain under its writer lock), against a bare INSERT of the same
 *     rows into a copy of the table without lock, chain or triggers.
 * Appends the results to bench/RESULTS.md. Needs PostgreSQL (BENCH_DATABASE_URL, default the local server).
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import {
  authorize,
  decideConnection,
  insertOrganisation,
  insertPermit,
  issueCredential,
  registerXRoadSubsystem,
} from '../src/access/index.js';
import { openDatabase } from '../src/db/index.js';
import { appendDisclosure } from '../src/disclosure-log/index.js';
import { makeTestHetu } from '../src/register/hetu.js';
import { createBenchDatabase } from './support.js';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '20000' },
    appends: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '8' },
  },
});
const decisions = Number(values.decisions);
const appends = Number(values.appends);
const concurrency = Number(values.concurrency);
const now = new Date();
const log = (m: string) => process.stderr.write(`${m}\n`);

/** Runs `total` calls of `task` with `concurrency` workers; returns the seconds taken. */
async function timed(total: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) await task(i);
    }),
  );
  return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const db = await openDatabase({ url: database.url, poolSize: concurrency + 2 });
  try {
    const org = await insertOrganisation(
      db.orm,
      { name: 'Bench', businessId: '0101263-6', kind: 'public' },
      now,
    );
    const permitId = await insertPermit(
      db.orm,
      {
        organisationId: org,
        interface: 'muutosrajapinta',
        state: 'active',
        dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
        turvakielto: false,
        selection: { kind: 'hetu_list' },
        validFrom: '2020-01-01',
        validUntil: '2099-12-31',
      },
      now,
    );
    const xroadClient = 'FI-TEST/MUN/0101263-6/bench';
    const connection = await registerXRoadSubsystem(db.orm, permitId, xroadClient, now);
    await decideConnection(db.orm, connection.id, 'approved', now);
    const credential = await issueCredential(db.orm, { id: permitId, interface: 'muutosrajapinta' }, now);
    const request = {
      interface: 'muutosrajapinta' as const,
      operation: 'muutokset',
      transport: { xroadClient },
    };
    if (!(await authorize(db.orm, credential, request, now)).ok)
      throw new Error('the bench permit is not authorized');

    const baselineLookup = await timed(decisions, () =>
      db.orm.execute(
        sql`SELECT id, permit_id, password_hash FROM api_credential WHERE username = ${credential.username} AND (expires_at IS NULL OR expires_at > ${now.toISOString()})`,
      ),
    );
    const decide = await timed(decisions, () => authorize(db.orm, credential, request, now));
    log(`decisions: ${decide.toFixed(1)} s, baseline lookup ${baselineLookup.toFixed(1)} s`);

    const hetus = Array.from({ length: 100 }, (_, i) => makeTestHetu('1980-01-01', 900 + i));
    const entry = (i: number) => ({
      disclosedAt: now,
      permitId,
      organisationId: org,
      connectionId: connection.id,
      endUser: null,
      endCustomer: null,
      interface: 'muutosrajapinta' as const,
      operation: 'muutokset',
      hetus: [hetus[i % 100] as string, hetus[(i + 1) % 100] as string],
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
    });
    await db.orm.execute(
      sql`CREATE TABLE disclosure_bare (LIKE disclosure INCLUDING DEFAULTS INCLUDING INDEXES)`,
    );
    const bare = await timed(appends, (i) => {
      const e = entry(i);
      return db.orm.execute(
        sql`INSERT INTO disclosure_bare (seq, disclosed_at, permit_id, organisation_id, connection_id, interface, operation, hetus, data_groups, prev_hash, hash, created_at)
            VALUES (${i + 1}, ${now.toISOString()}, ${e.permitId}, ${e.organisationId}, ${e.connectionId}, ${e.interface}, ${e.operation},
                    ${`{${e.hetus.join(',')}}`}::text[], ${`{${e.dataGroups.join(',')}}`}::text[], ${'0'.repeat(64)}, ${'0'.repeat(64)}, now())`,
      );
    });
    const chained = await timed(appends, (i) => db.orm.transaction((tx) => appendDisclosure(tx, entry(i))));
    log(`appends: ${chained.toFixed(1)} s, bare insert ${bare.toFixed(1)} s`);

    const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} /s`;
    const section = [
      '',
      `## bench:access — ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Command: \`npm run bench:access -- --decisions ${decisions} --appends ${appends} --concurrency ${concurrency}\` (PostgreSQL, ${concurrency} concurrent callers)`,
      '',
      '| what | calls | time | rate |',
      '|---|---|---|---|',
      `| authorization decisions (authorize) | ${decisions.toLocaleString('en')} | ${decide.toFixed(2)} s | ${rate(decisions, decide)} |`,
      `| baseline: the credential lookup alone | ${decisions.toLocaleString('en')} | ${baselineLookup.toFixed(2)} s | ${rate(decisions, baselineLookup)} |`,
      `| **ratio decision / baseline** | | **${(decide / baselineLookup).toFixed(2)}×** | |`,
      `| disclosure-log appends (hash chain, one transaction each) | ${appends.toLocaleString('en')} | ${chained.toFixed(2)} s | ${rate(appends, chained)} |`,
      `| baseline: bare INSERT of the same rows | ${appends.toLocaleString('en')} | ${bare.toFixed(2)} s | ${rate(appends, bare)} |`,
      `| **ratio append / bare insert** | | **${(chained / bare).toFixed(2)}×** | |`,
      '',
    ].join('\n');
    appendFileSync(new URL('./RESULTS.md', import.meta.url), section);
    process.stdout.write(`${section}\n`);
  } finally {
    await db.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * npm run bench:muutosrajapinta [-- --persons 1000000 --days 30 --clients 50 --seconds 20]
 *
 * On PostgreSQL, against the real app listening on a loopback port, after a register of `persons` and a
 * simulated month of life events:
 *  a. changes per second delivered to ONE client paging through muutokset from the month's first key
 *     (a national permit, then an eVaka-like permit sending 100 000 hetus), against the ceiling of a plain
 *     SQL read of the same rows in the same pages plus JSON.stringify;
 *  b. perustiedot for 100 000 hetus in batches of 1 000, against a plain SQL read of the same persons;
 *  c. p50/p99 latency of muutokset under `clients` concurrent clients (autocannon), each its own permit and
 *     connection polling with 10 000 hetus from the last simulated day's key.
 * Appends the results to bench/RESULTS.md. Needs PostgreSQL (BENCH_DATABASE_URL, default the local server).
 */
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  decideConnection,
  insertOrganisation,
  insertPermit,
  issueCredential,
  registerXRoadSubsystem,
  type Selection,
} from '../src/access/index.js';
import { makeBusinessId } from '../src/accounts/business-id.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/index.js';
import { systemClock } from '../src/platform/clock.js';
import { createLogger } from '../src/platform/logger.js';
import { dataGroupCodes } from '../src/register/catalogue/index.js';
import { generatePopulation, simulateDays } from '../src/register/index.js';
import { createBenchDatabase } from './support.js';

/** The part of autocannon's API used here (the package has no types). */
interface Histogram {
  p50: number;
  p99: number;
  average: number;
}
interface AutocannonClient {
  setHeadersAndBody(headers: Record<string, string>, body: string): void;
}
type Autocannon = (options: {
  url: string;
  method: 'POST';
  connections: number;
  duration: number;
  setupClient: (client: AutocannonClient) => void;
}) => Promise<{ latency: Histogram; requests: Histogram; non2xx: number; errors: number; '2xx': number }>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '30' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
  },
});
const persons = Number(values.persons);
const days = Number(values.days);
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const asOf = '2026-10-31';
const firstDay = '2026-11-01';
const API = '/VTJmutpa/api/v1';
const log = (m: string) => process.stderr.write(`${m}\n`);
const since = (start: number) => (performance.now() - start) / 1000;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} /s`;

interface BenchClient {
  headers: Record<string, string>;
}

let organisations = 0;

/** A customer with an active muutosrajapinta permit, an approved X-Road connection and a credential. */
async function benchClient(db: Database, selection: Selection): Promise<BenchClient> {
  const now = new Date();
  let businessId: string | undefined;
  while (!businessId) {
    try {
      businessId = makeBusinessId(String(5_000_000 + ++organisations));
    } catch {}
  }
  const organisationId = await insertOrganisation(
    db.orm,
    { name: `Bench ${organisations}`, businessId, kind: 'public' },
    now,
  );
  const permitId = await insertPermit(
    db.orm,
    {
      organisationId,
      interface: 'muutosrajapinta',
      state: 'active',
      dataGroups: [...dataGroupCodes],
      turvakielto: false,
      selection,
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
    },
    now,
  );
  const xroadClient = `FI-TEST/MUN/${businessId}/bench`;
  const connection = await registerXRoadSubsystem(db.orm, permitId, xroadClient, now);
  await decideConnection(db.orm, connection.id, 'approved', now);
  const credential = await issueCredential(db.orm, { id: permitId, interface: 'muutosrajapinta' }, now);
  const basic = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
  return {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      authorization: `Basic ${basic}`,
      'x-road-client': xroadClient,
    },
  };
}

interface Page {
  viimeisinKirjausavain: number;
  muutokset: unknown[];
  ajanTasalla: boolean;
}

async function post<T>(base: string, client: BenchClient, operation: string, body: unknown): Promise<T> {
  const res = await fetch(`${base}${API}/${operation}`, {
    method: 'POST',
    headers: client.headers,
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`${operation}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function firstKeyOf(base: string, client: BenchClient, date: string): Promise<number> {
  const res = await fetch(`${base}${API}/kirjausavain/${date}`, { headers: client.headers });
  return ((await res.json()) as { viimeisinKirjausavain: number }).viimeisinKirjausavain;
}

/** Pages muutokset from `key` to the end; returns the changes delivered and the seconds taken. */
async function pageThrough(base: string, client: BenchClient, key: number, hetulista?: string[]) {
  const start = performance.now();
  let delivered = 0;
  for (let page: Page | undefined; !page?.ajanTasalla; ) {
    page = await post<Page>(base, client, 'muutokset', { viimeisinKirjausavain: key, hetulista });
    delivered += page.muutokset.length;
    key = page.viimeisinKirjausavain;
  }
  return { delivered, seconds: since(start) };
}

/** The ceiling: the same rows read by plain keyset SQL in pages of 1 000, each page JSON.stringified. */
async function plainPages(sql: pg.Client, key: number, hetulista?: string[]) {
  const start = performance.now();
  let delivered = 0;
  for (;;) {
    const { rows } = await sql.query(
      `SELECT kirjausavain, hetu AS henkilotunnus, tietoryhmat, changed_at AS muutospv FROM person_change
       WHERE kirjausavain > $1 ${hetulista ? 'AND hetu = ANY($2::text[])' : ''} ORDER BY kirjausavain LIMIT 1000`,
      hetulista ? [key, hetulista] : [key],
    );
    JSON.stringify(rows);
    delivered += rows.length;
    if (rows.length < 1000) return { delivered, seconds: since(start) };
    key = Number(rows.at(-1).kirjausavain);
  }
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const db = await openDatabase({ url: database.url, poolSize: 20 });
  const sql = new pg.Client({ connectionString: database.url });
  const app = await buildApp({
    // Demo mode for the transport only: loopback requests are trusted with their X-Road-Client header.
    config: loadConfig({ DEMO: 'true', DATABASE_URL: database.url, LOG_LEVEL: 'warn' }),
    db,
    clock: systemClock,
    logger: createLogger({ level: 'warn' }),
  });
  try {
    let start = performance.now();
    await generatePopulation(db, {
      persons,
      seed: 1,
      asOf,
      now: new Date(),
      onProgress: (n) => n % 100_000 === 0 && log(`  ${n} persons, ${since(start).toFixed(0)} s`),
    });
    start = performance.now();
    const month = await simulateDays(db, { days, now: new Date() });
    log(
      `register: ${persons} persons, ${month.changes} changes in ${days} days (${since(start).toFixed(0)} s)`,
    );
    await sql.connect();
    await sql.query('ANALYZE');

    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const hetus = (await sql.query<{ hetu: string }>('SELECT hetu FROM person ORDER BY id')).rows.map(
      (r) => r.hetu,
    );
    const everyone = await benchClient(db, { kind: 'national' });
    const listed = await benchClient(db, { kind: 'hetu_list' });
    const monthKey = await firstKeyOf(base, everyone, firstDay);
    // A client's first request verifies its password (argon2, by design slow); keep that out of the timings.
    await firstKeyOf(base, listed, firstDay);
    const evakaList = hetus.filter((_, i) => i % 10 === 0).slice(0, 100_000);

    // a. One client paging through the month.
    const national = await pageThrough(base, everyone, monthKey);
    const nationalPlain = await plainPages(sql, monthKey);
    const evaka = await pageThrough(base, listed, monthKey, evakaList);
    const evakaPlain = await plainPages(sql, monthKey, evakaList);
    log(
      `a. national ${rate(national.delivered, national.seconds)}, 100 000 hetus ${rate(evaka.delivered, evaka.seconds)}`,
    );

    // b. perustiedot for 100 000 hetus in batches of 1 000.
    const batches = Array.from({ length: Math.ceil(evakaList.length / 1000) }, (_, i) =>
      evakaList.slice(i * 1000, i * 1000 + 1000),
    );
    start = performance.now();
    let found = 0;
    for (const hetulista of batches) {
      found += (await post<{ perustiedot: unknown[] }>(base, listed, 'perustiedot', { hetulista }))
        .perustiedot.length;
    }
    const baseData = since(start);
    start = performance.now();
    for (const hetulista of batches) {
      const { rows } = await sql.query(
        `SELECT h.hetu AS henkilotunnus, p.groups AS tietoryhmat FROM person_hetu h JOIN person p ON p.id = h.person_id
         WHERE h.hetu = ANY($1::text[])`,
        [hetulista],
      );
      JSON.stringify(rows);
    }
    const baseDataPlain = since(start);
    log(`b. perustiedot ${rate(found, baseData)} persons`);

    // c. Many clients polling at once, each its own permit and connection (rate limits are per connection).
    const pollers = await Promise.all(
      Array.from({ length: clients }, () => benchClient(db, { kind: 'hetu_list' })),
    );
    const lastDayKey = await firstKeyOf(base, everyone, month.lastDay);
    await Promise.all(pollers.map((poller) => firstKeyOf(base, poller, firstDay)));
    let next = 0;
    const load = await autocannon({
      url: `${base}${API}/muutokset`,
      method: 'POST',
      connections: clients,
      duration: seconds,
      setupClient: (client) => {
        const i = next++ % clients;
        const hetulista = hetus.slice((i * 10_000) % hetus.length, ((i * 10_000) % hetus.length) + 10_000);
        client.setHeadersAndBody(
          (pollers[i] as BenchClient).headers,
          JSON.stringify({ viimeisinKirjausavain: lastDayKey, hetulista }),
        );
      },
    });
    log(`c. p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx`);

    const row = (what: string, rows: string, time: string, speed: string) =>
      `| ${what} | ${rows} | ${time} | ${speed} |`;
    const n = (x: number) => x.toLocaleString('en');
    const section = [
      '',
      `## bench:muutosrajapinta — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Command: \`npm run bench:muutosrajapinta -- --persons ${persons} --days ${days} --clients ${clients} --seconds ${seconds}\``,
      '',
      `Register: ${n(persons)} persons, ${n(month.changes)} changes simulated over ${days} days from ${firstDay}.`,
      '',
      '| what | rows | time | rate |',
      '|---|---|---|---|',
      row(
        'a. muutokset, one national client paging the month over HTTP',
        n(national.delivered),
        `${national.seconds.toFixed(2)} s`,
        rate(national.delivered, national.seconds),
      ),
      row(
        'ceiling: plain SQL pages of the same rows + JSON.stringify',
        n(nationalPlain.delivered),
        `${nationalPlain.seconds.toFixed(2)} s`,
        rate(nationalPlain.delivered, nationalPlain.seconds),
      ),
      row(
        'a. muutokset, one client sending 100 000 hetus',
        n(evaka.delivered),
        `${evaka.seconds.toFixed(2)} s`,
        rate(evaka.delivered, evaka.seconds),
      ),
      row(
        'ceiling: plain SQL pages, same hetus + JSON.stringify',
        n(evakaPlain.delivered),
        `${evakaPlain.seconds.toFixed(2)} s`,
        rate(evakaPlain.delivered, evakaPlain.seconds),
      ),
      row(
        'b. perustiedot, 100 000 hetus in batches of 1 000',
        n(found),
        `${baseData.toFixed(2)} s`,
        rate(found, baseData),
      ),
      row(
        'baseline: plain SQL of the same persons + JSON.stringify',
        n(found),
        `${baseDataPlain.toFixed(2)} s`,
        rate(found, baseDataPlain),
      ),
      row(
        `c. muutokset under ${clients} concurrent clients (10 000 hetus each), ${seconds} s`,
        n(load['2xx']),
        `p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms`,
        `${Math.round(load.requests.average)} req/s, ${load.non2xx} non-2xx, ${load.errors} errors`,
      ),
      '',
    ].join('\n');
    appendFileSync(new URL('./RESULTS.md', import.meta.url), section);
    process.stdout.write(`${section}\n`);
  } finally {
    await app.close();
    await sql.end().catch(() => {});
    await db.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

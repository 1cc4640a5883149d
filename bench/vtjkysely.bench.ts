/**
 * npm run bench:vtjkysely [-- --persons 1000000 --seconds 20 --connections 16 --tenants 100]
 *
 * Measures VTJkysely on PostgreSQL against a real listening server (a child process, so that the load
 * generator does not share its event loop): queries per second and p50/p99 latency of
 *  1. a baseline on the same server: the same person lookup as one plain SQL query plus string building;
 *  2. the direct service (POST /SoSo/soso.asmx, TeeHenkilonTunnusKysely, PERUSSANOMA 1);
 *  3. the X-Road service (POST /VTJkysely, HenkilonTunnusKysely, PERUSSANOMA 1).
 * Each query is a whole disclosure: authorization, rate limit, the person read, the answer rendered and the
 * disclosure logged. Requests spread over `--tenants` permits (one connection each, demo loopback rules),
 * so that the per-connection rate limit does not cap the run, and over random persons.
 * Creates and drops its own database (BENCH_DATABASE_URL, default the local server) and appends the results
 * to bench/RESULTS.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, query } from '../src/db/index.js';
import { seedPermit, type TestPermit } from '../src/interfaces/vtjkysely/test-data.js';
import { legacyRequest, xroadRequest } from '../src/interfaces/vtjkysely/test-soap.js';
import { escapeText } from '../src/interfaces/vtjkysely/xml.js';
import { systemClock } from '../src/platform/clock.js';
import { createLogger } from '../src/platform/logger.js';
import { generatePopulation } from '../src/register/index.js';
import { createBenchDatabase } from './support.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    tenants: { type: 'string', default: '100' },
    serve: { type: 'string' },
  },
});
const log = (m: string) => process.stderr.write(`${m}\n`);

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method: 'POST';
  requests: {
    setupRequest: (request: Record<string, unknown>) => Record<string, unknown>;
    onResponse: (status: number, body: string) => void;
  }[];
}) => Promise<Result>;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** The server side (child process): the whole app on the bench database, plus the baseline route. */
async function serve(url: string): Promise<void> {
  const db = await openDatabase({ url, poolSize: 20 });
  const app = await buildApp({
    config: loadConfig({ DATABASE_URL: url, DEMO: 'true', LOG_LEVEL: 'warn' }),
    db,
    clock: systemClock,
    logger: createLogger({ level: 'warn' }),
  });
  app.post('/bench/baseline', async (request, reply) => {
    const { hetu } = request.body as { hetu: string };
    const [row] = await query<{
      hetu: string;
      groups: { tietoryhma: string; etunimi?: string; sukunimi?: string }[];
    }>(
      db.orm,
      sql`SELECT p.hetu, p.groups FROM person_hetu h JOIN person p ON p.id = h.person_id WHERE h.hetu = ${hetu}`,
    );
    const name = row?.groups.find((g) => g.tietoryhma === 'HENKILON_NIMI');
    return reply
      .type('text/xml; charset=utf-8')
      .send(
        `<Henkilo><Henkilotunnus>${row?.hetu ?? ''}</Henkilotunnus><Sukunimi>${escapeText(name?.sukunimi ?? '')}</Sukunimi><Etunimet>${escapeText(name?.etunimi ?? '')}</Etunimet></Henkilo>`,
      );
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
}

function startServer(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', url], { execArgv: process.execArgv });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, port: (message as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
}

interface Run {
  name: string;
  result: Result;
  /** Answers carrying Paluukoodi 0000 (the baseline has none to carry). */
  found: number;
}

async function measure(
  name: string,
  base: string,
  path: string,
  body: () => string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<Run> {
  let found = 0;
  const result = await autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => ({ ...request, headers, body: body() }),
        onResponse: (_status, text) => {
          if (text.includes('koodi="0000"')) found++;
        },
      },
    ],
  });
  log(
    `${name}: ${Math.round(result.requests.average)} q/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  );
  return { name, result, found };
}

async function main(): Promise<void> {
  const persons = Number(values.persons);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const tenantCount = Number(values.tenants);
  const database = await createBenchDatabase();
  let server: ChildProcess | undefined;
  try {
    const db = await openDatabase({ url: database.url });
    const now = new Date();
    let started = performance.now();
    await generatePopulation(db, {
      persons,
      seed: 1,
      asOf: '2026-11-01',
      now,
      onProgress: (n) => n % 100_000 === 0 && log(`  ${n} persons`),
    });
    log(`${persons} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const tenants: TestPermit[] = [];
    for (let i = 0; i < tenantCount; i++)
      tenants.push(await seedPermit(db.orm, now, { products: ['PERUSSANOMA 1'] }));
    const hetus = (
      await query<{ hetu: string }>(
        db.orm,
        sql`SELECT hetu FROM person WHERE NOT deceased ORDER BY random() LIMIT 5000`,
      )
    ).map((r) => r.hetu);
    await db.close();

    const listening = await startServer(database.url);
    server = listening.child;
    const base = `http://127.0.0.1:${listening.port}`;
    const pick = <T>(list: readonly T[]) => list[randomInt(list.length)] as T;
    const ask = (tenant: TestPermit) => ({
      SoSoNimi: 'PERUSSANOMA 1',
      Kayttajatunnus: tenant.username,
      Salasana: tenant.password,
      Loppukayttaja: 'bench',
      Henkilotunnus: pick(hetus),
    });
    const legacy = () => legacyRequest(ask(pick(tenants)));
    const xroad = () => {
      const tenant = pick(tenants);
      return xroadRequest(ask(tenant), { client: tenant.xroadClient });
    };
    const xml = { 'content-type': 'text/xml; charset=utf-8' };
    // Warm-up: every tenant's password verified once (argon2 is slow on purpose, then cached a minute).
    started = performance.now();
    for (const tenant of tenants) {
      const response = await fetch(`${base}/SoSo/soso.asmx`, {
        method: 'POST',
        headers: xml,
        body: legacyRequest(ask(tenant)),
      });
      if (!(await response.text()).includes('koodi="0000"'))
        throw new Error('the direct service did not answer 0000');
    }
    log(`warm-up: ${tenantCount} tenants in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const runs = [
      await measure(
        'baseline',
        base,
        '/bench/baseline',
        () => JSON.stringify({ hetu: pick(hetus) }),
        { 'content-type': 'application/json' },
        seconds,
        connections,
      ),
      await measure('direct', base, '/SoSo/soso.asmx', legacy, xml, seconds, connections),
      await measure('X-Road', base, '/VTJkysely', xroad, xml, seconds, connections),
    ];
    const [baseline, direct, xRoad] = runs as [Run, Run, Run];
    const row = (label: string, run: Run) =>
      `| ${label} | ${Math.round(run.result.requests.average).toLocaleString('en')} | ${run.result.latency.p50} ms | ${run.result.latency.p99} ms | ${run.result.requests.total.toLocaleString('en')} | ${run === baseline ? '—' : run.found.toLocaleString('en')} | ${run.result.non2xx + run.result.errors + run.result.timeouts} |`;
    const ratio = (run: Run) => (run.result.requests.average / baseline.result.requests.average).toFixed(2);
    const section = [
      '',
      `## bench:vtjkysely — ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Command: \`npm run bench:vtjkysely -- --persons ${persons} --seconds ${seconds} --connections ${connections} --tenants ${tenantCount}\` (PostgreSQL, ${connections} connections, ${seconds} s each)`,
      '',
      '| what | queries/s | p50 | p99 | queries | answered 0000 | failed |',
      '|---|---|---|---|---|---|---|',
      row('baseline: the same person lookup as one SQL query + string building, same server', baseline),
      row('direct: POST /SoSo/soso.asmx TeeHenkilonTunnusKysely (PERUSSANOMA 1)', direct),
      row('X-Road: POST /VTJkysely HenkilonTunnusKysely (PERUSSANOMA 1)', xRoad),
      `| **ratio direct / baseline** | **${ratio(direct)}×** | | | | | |`,
      `| **ratio X-Road / baseline** | **${ratio(xRoad)}×** | | | | | |`,
      '',
    ].join('\n');
    appendFileSync(new URL('./RESULTS.md', import.meta.url), section);
    process.stdout.write(`${section}\n`);
  } finally {
    server?.kill();
    await database.drop();
  }
}

const run = values.serve ? serve(values.serve) : main();
run.catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * npm run register -- generate --persons N --seed S [--as-of YYYY-MM-DD]
 * npm run register -- simulate --days D [--seed S]
 * npm run register -- status
 * Works on the embedded database (DATA_DIR) and on PostgreSQL (DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { generatePopulation, registerSummary, simulateDays } from '../register/index.js';
import { configOrExit, endProgress, fail, helsinkiDate, openConfiguredDatabase, progress } from './common.js';

const HELP = `Usage:
  npm run register -- generate --persons N [--seed S] [--as-of YYYY-MM-DD]
      Generate N synthetic persons (hetus only in the test range 900–999) describing the register on the
      given day (default: today). Into a non-empty register the persons are added.
  npm run register -- simulate --days D [--seed S]
      Advance the register D days from its last day, writing life events to the change log.
  npm run register -- status
      Print the number of persons and the register's last day.
The database is DATABASE_URL when set, else the embedded database in DATA_DIR (default .data/pglite).`;

function positiveInteger(name: string, value: string | undefined, max: number): number {
  if (value === undefined) fail(`--${name} is required\n\n${HELP}`);
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    fail(`--${name} must be an integer from 1 to ${max} (got "${value}")`);
  }
  return Number(value);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      persons: { type: 'string' },
      seed: { type: 'string' },
      days: { type: 'string' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (!['generate', 'simulate', 'status'].includes(command)) fail(`unknown command "${command}"\n\n${HELP}`);
  const config = configOrExit();
  const db = await openConfiguredDatabase(config);
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    if (command === 'generate') {
      const persons = positiveInteger('persons', values.persons, 10_000_000);
      const seed = values.seed === undefined ? 1 : positiveInteger('seed', values.seed, 2 ** 31 - 1);
      const asOf = values['as-of'] ?? helsinkiDate(new Date());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
        fail(`--as-of must be a date YYYY-MM-DD (got "${asOf}")`);
      const result = await generatePopulation(db, {
        persons,
        seed,
        asOf,
        now: new Date(),
        onProgress: (n) =>
          progress(
            `generated ${n.toLocaleString('en')} / ${persons.toLocaleString('en')} persons (${elapsed()})`,
          ),
      });
      endProgress();
      process.stdout.write(
        `generated ${result.persons} persons as of ${result.asOf} (ids from ${result.firstId}) in ${elapsed()}\n`,
      );
    } else if (command === 'simulate') {
      const days = positiveInteger('days', values.days, 3650);
      const result = await simulateDays(db, {
        days,
        ...(values.seed === undefined ? {} : { seed: positiveInteger('seed', values.seed, 2 ** 31 - 1) }),
        now: new Date(),
        onDay: (date, events) => progress(`simulated ${date}: ${events} events (${elapsed()})`),
      });
      endProgress();
      const summary = Object.entries(result.events)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      process.stdout.write(
        `simulated ${result.from} – ${result.lastDay}: ${result.changes} changes (${summary}) in ${elapsed()}\n`,
      );
    } else {
      const summary = await registerSummary(db);
      process.stdout.write(
        `${JSON.stringify({ persons: summary.persons, lastDay: summary.clock?.date ?? null })}\n`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  endProgress();
  fail(error instanceof Error ? error.message : String(error));
});

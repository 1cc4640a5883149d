/**
 * The population register: persons with their data groups, the change log, the synthetic population and
 * the life-event simulator. Other capabilities import from here only.
 */
import { sql } from 'drizzle-orm';
import { type Database, query } from '../db/index.js';
import { addDays } from './dates.js';
import { PopulationGenerator } from './generator/population.js';
import { copyPersons, countPersons, nextPersonId } from './persons.js';
import { type SimulationResult, simulate } from './simulator/simulate.js';
import { getState, setState } from './state.js';

export { appendChanges, cursorBefore, latestCursor, listChangesAfter, readChangePage } from './change-log.js';
export { withDerivedGroups } from './derived.js';
export { assertHetu, type Hetu, InvalidHetuError, isHetu, parseHetu } from './hetu.js';
export {
  countPersons,
  getPersonByHetu,
  listPersonsByHetus,
  type Person,
  type PersonMatch,
} from './persons.js';
export type { GroupRecord } from './records.js';
export { getState, setState } from './state.js';

/** What `register_state.population` records: the register's simulated "today". */
export interface RegisterClock {
  /** The last day the register describes (generation day or last simulated day). */
  date: string;
  seed: number;
}

export interface GenerateResult {
  persons: number;
  firstId: number;
  asOf: string;
}

/**
 * Generates `persons` synthetic persons into the register with COPY. Into a non-empty register the new
 * persons continue the ids and never reuse a hetu that is already taken.
 */
export async function generatePopulation(
  db: Database,
  options: { persons: number; seed: number; asOf: string; now: Date; onProgress?: (count: number) => void },
): Promise<GenerateResult> {
  const firstId = await nextPersonId(db.orm);
  let taken: Set<string> | undefined;
  if (firstId > 1) {
    const rows = await query<{ hetu: string }>(db.orm, sql`SELECT hetu FROM person_hetu`);
    taken = new Set(rows.map((r) => r.hetu));
  }
  const generator = new PopulationGenerator({
    seed: options.seed,
    asOf: options.asOf,
    firstId,
    ...(taken ? { isTaken: (h: string) => taken.has(h) } : {}),
  });
  const persons = await copyPersons(db, generator.persons(options.persons), options.now, options.onProgress);
  const clock = await getState<RegisterClock>(db.orm, 'clock');
  if (!clock || clock.date < options.asOf) {
    await setState(
      db.orm,
      'clock',
      { date: options.asOf, seed: options.seed } satisfies RegisterClock,
      options.now,
    );
  }
  return { persons, firstId, asOf: options.asOf };
}

/** Advances the register `days` days from its clock, writing life events; the clock moves along. */
export async function simulateDays(
  db: Database,
  options: { days: number; seed?: number; now: Date; onDay?: (date: string, events: number) => void },
): Promise<SimulationResult & { from: string }> {
  const clock = await getState<RegisterClock>(db.orm, 'clock');
  if (!clock) throw new Error('the register is empty: generate a population first');
  const from = addDays(clock.date, 1);
  const seed = options.seed ?? clock.seed;
  const result = await simulate(db, {
    seed,
    from,
    days: options.days,
    now: options.now,
    ...(options.onDay ? { onDay: options.onDay } : {}),
  });
  await setState(db.orm, 'clock', { date: result.lastDay, seed } satisfies RegisterClock, options.now);
  return { ...result, from };
}

export async function registerSummary(
  db: Database,
): Promise<{ persons: number; clock: RegisterClock | undefined }> {
  return { persons: await countPersons(db.orm), clock: await getState<RegisterClock>(db.orm, 'clock') };
}

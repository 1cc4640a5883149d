/**
 * The life-event simulator: advances the register day by day. Each day draws how many events of each kind
 * happen (Poisson, at Finnish annual rates scaled to the population), picks the persons concerned, and
 * writes each event in its own transaction through the same path as every other writer (persons.ts +
 * change-log.ts). Deterministic for a given seed, start day and register content.
 */
import { sql } from 'drizzle-orm';
import { type Database, query, type Sql } from '../../db/index.js';
import { appendChanges, type NewChange } from '../change-log.js';
import { addDays, ageOn } from '../dates.js';
import { PopulationGenerator } from '../generator/population.js';
import { Random } from '../generator/random.js';
import {
  getPersonByHetu,
  getPersonById,
  insertPerson,
  isHetuTaken,
  type Person,
  setActiveHetu,
  updatePerson,
} from '../persons.js';
import {
  birth,
  custodyEnds,
  death,
  divorce,
  type EventContext,
  firstNameChange,
  hetuCorrection,
  maritalStatus,
  marriage,
  move,
  type Outcome,
  spouseOf,
  turvakielto,
  wardsOf,
} from './events.js';

export type EventKind =
  | 'move'
  | 'birth'
  | 'death'
  | 'marriage'
  | 'divorce'
  | 'name_change'
  | 'turvakielto_set'
  | 'turvakielto_lifted'
  | 'hetu_correction'
  | 'custody_change';

/**
 * Events per person per year, close to Finland's: about 14 % of people move each year (a third of them to
 * another municipality), 45 000 births and 60 000 deaths, 22 000 marriages and 13 000 divorces in 5.6
 * million. Turvakielto and hetu corrections are rare in reality; their rates here are raised so that a small
 * demo register still sees them.
 */
export const ANNUAL_RATES: Readonly<Record<EventKind, number>> = {
  move: 0.14,
  birth: 0.0082,
  death: 0.011,
  marriage: 0.004,
  divorce: 0.0024,
  name_change: 0.006,
  turvakielto_set: 0.0015,
  turvakielto_lifted: 0.0008,
  hetu_correction: 0.0004,
  custody_change: 0.002,
};

export interface SimulateOptions {
  seed: number;
  /** The first simulated day (YYYY-MM-DD). */
  from: string;
  days: number;
  /** Wall-clock time written as the rows' created_at. */
  now: Date;
  onDay?: (date: string, events: number) => void;
}

export interface SimulationResult {
  events: Record<EventKind, number>;
  changes: number;
  lastDay: string;
}

const KINDS = Object.keys(ANNUAL_RATES) as EventKind[];

/** Simulates `days` days from `from`; returns how many events of each kind were written. */
export async function simulate(db: Database, options: SimulateOptions): Promise<SimulationResult> {
  const random = new Random(options.seed ^ dayNumber(options.from));
  const helper = new PopulationGenerator({ seed: options.seed ^ 0x5eed, asOf: options.from });
  const events = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  let changes = 0;
  let date = options.from;
  for (let d = 0; d < options.days; d++) {
    date = addDays(options.from, d);
    const { population, maxId } = await populationStats(db.orm);
    let today = 0;
    for (const kind of KINDS) {
      const count = random.poisson((ANNUAL_RATES[kind] / 365) * population);
      for (let i = 0; i < count; i++) {
        const changedAt = new Date(
          `${date}T${String(random.int(6, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000+02:00`,
        );
        const ctx: EventContext = { random, date, changedAt, helper };
        const written = await runEvent(db, kind, ctx, maxId, options.now);
        if (written > 0) {
          events[kind]++;
          today++;
          changes += written;
        }
      }
    }
    options.onDay?.(date, today);
  }
  return { events, changes, lastDay: date };
}

function dayNumber(date: string): number {
  return Number(date.replaceAll('-', ''));
}

async function populationStats(db: Sql): Promise<{ population: number; maxId: number }> {
  const [row] = await query<{ n: string | number; max: string | number | null }>(
    db,
    sql`SELECT count(*) FILTER (WHERE NOT deceased) AS n, max(id) AS max FROM person`,
  );
  return { population: Number(row?.n ?? 0), maxId: Number(row?.max ?? 0) };
}

/** Picks the persons an event concerns and writes it; returns the number of changes written (0: skipped). */
export async function runEvent(
  db: Database,
  kind: EventKind,
  ctx: EventContext,
  maxId: number,
  now: Date,
): Promise<number> {
  return db.orm.transaction(async (tx) => {
    const outcome = await plan(tx, kind, ctx, maxId);
    return outcome ? write(tx, outcome, kind, ctx, now) : 0;
  });
}

/** A random living person with a home in Finland who satisfies `accept`, or undefined after a few tries. */
async function pickPerson(
  tx: Sql,
  ctx: EventContext,
  maxId: number,
  accept: (p: Person) => boolean,
  where = sql``,
): Promise<Person | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = ctx.random.int(1, Math.max(1, maxId));
    const [row] = await query<{ id: string | number }>(
      tx,
      sql`SELECT id FROM person WHERE id >= ${start} AND NOT deceased AND home_municipality IS NOT NULL ${where}
          ORDER BY id LIMIT 1`,
    );
    if (!row) continue;
    const person = await getPersonById(tx, Number(row.id), true);
    if (person && accept(person)) return person;
  }
  return undefined;
}

const adult =
  (ctx: EventContext, min = 18, max = 200) =>
  (p: Person) => {
    const age = ageOn(p.birthDate, ctx.date);
    return age >= min && age <= max;
  };

async function related(tx: Sql, hetu: string | undefined): Promise<Person | undefined> {
  if (!hetu) return undefined;
  const p = await getPersonByHetu(tx, hetu, true);
  return p && !p.deceased ? p : undefined;
}

async function plan(
  tx: Sql,
  kind: EventKind,
  ctx: EventContext,
  maxId: number,
): Promise<Outcome | undefined> {
  const r = ctx.random;
  switch (kind) {
    case 'move': {
      const mover = await pickPerson(tx, ctx, maxId, adult(ctx));
      if (!mover) return undefined;
      const household = [mover];
      for (const hetu of [spouseOf(mover), ...wardsOf(mover, ctx.date)]) {
        const member = await related(tx, hetu);
        if (member && member.homeMunicipality === mover.homeMunicipality) household.push(member);
      }
      const to = r.chance(0.35) ? ctx.helper.municipality().code : (mover.homeMunicipality as string);
      return move(household, ctx, to);
    }
    case 'birth': {
      const mother = await pickPerson(tx, ctx, maxId, adult(ctx, 20, 44), sql`AND sex = 'NAINEN'`);
      if (!mother) return undefined;
      const father = await related(tx, spouseOf(mother));
      const outcome = birth(father ? [mother, father] : [mother], ctx);
      // The generator's hetu slots do not know the register: skip the rare birth whose hetu is taken.
      return (await isHetuTaken(tx, outcome.persons[0]?.hetu as string)) ? undefined : outcome;
    }
    case 'death': {
      // Deaths concentrate in old age: accept younger persons only rarely.
      const p = await pickPerson(tx, ctx, maxId, (q) => {
        const age = ageOn(q.birthDate, ctx.date);
        return r.chance(age >= 80 ? 1 : age >= 65 ? 0.25 : age >= 18 ? 0.02 : 0.002);
      });
      return p ? death(p, await related(tx, spouseOf(p)), ctx) : undefined;
    }
    case 'marriage': {
      const a = await pickPerson(
        tx,
        ctx,
        maxId,
        (p) => adult(ctx, 20, 70)(p) && maritalStatus(p) !== 'AVIOLIITOSSA',
      );
      if (!a) return undefined;
      const b = await pickPerson(
        tx,
        ctx,
        maxId,
        (p) =>
          p.id !== a.id &&
          adult(ctx, 20, 70)(p) &&
          maritalStatus(p) !== 'AVIOLIITOSSA' &&
          (p.sex !== a.sex || r.chance(0.05)),
      );
      return b ? marriage(a, b, ctx) : undefined;
    }
    case 'divorce': {
      const a = await pickPerson(
        tx,
        ctx,
        maxId,
        (p) => maritalStatus(p) === 'AVIOLIITOSSA' && spouseOf(p) !== undefined,
      );
      const b = a && (await related(tx, spouseOf(a)));
      return a && b ? divorce(a, b) : undefined;
    }
    case 'name_change': {
      const p = await pickPerson(tx, ctx, maxId, adult(ctx));
      return p ? firstNameChange(p, ctx) : undefined;
    }
    case 'turvakielto_set': {
      const p = await pickPerson(tx, ctx, maxId, () => true, sql`AND NOT turvakielto`);
      return p ? turvakielto(p, true, ctx) : undefined;
    }
    case 'turvakielto_lifted': {
      const p = await pickPerson(tx, ctx, maxId, () => true, sql`AND turvakielto`);
      return p ? turvakielto(p, false, ctx) : undefined;
    }
    case 'hetu_correction': {
      const p = await pickPerson(tx, ctx, maxId, () => true);
      if (!p) return undefined;
      for (let i = 0; i < 5; i++) {
        const hetu = ctx.helper.allocateHetu(p.birthDate, p.sex);
        if (!(await isHetuTaken(tx, hetu))) return hetuCorrection(p, hetu);
      }
      return undefined;
    }
    case 'custody_change': {
      const child = await pickPerson(
        tx,
        ctx,
        maxId,
        (p) =>
          ageOn(p.birthDate, ctx.date) < 17 &&
          p.groups.filter((g) => g.tietoryhma === 'HUOLTAJA').length === 2,
      );
      if (!child) return undefined;
      const guardianRecord = child.groups.find((g) => g.tietoryhma === 'HUOLTAJA');
      const guardian = await related(
        tx,
        (guardianRecord?.huoltaja as { henkilotunnus?: string })?.henkilotunnus,
      );
      return guardian ? custodyEnds(child, guardian, ctx) : undefined;
    }
  }
}

async function write(
  tx: Sql,
  outcome: Outcome,
  kind: EventKind,
  ctx: EventContext,
  now: Date,
): Promise<number> {
  for (const p of outcome.persons) {
    if (p.id === 0) p.id = await insertPerson(tx, p, now);
    else {
      const before = await getPersonById(tx, p.id);
      await updatePerson(tx, p, now);
      if (before && before.hetu !== p.hetu) await setActiveHetu(tx, p.id, p.hetu, now);
    }
  }
  const changes: NewChange[] = outcome.changes
    .filter((c) => c.tietoryhmat.length > 0)
    .map((c) => ({
      personId: c.person.id,
      hetu: c.hetu,
      event: kind,
      municipalities: [
        ...new Set([
          ...c.municipalitiesBefore,
          ...(c.person.homeMunicipality ? [c.person.homeMunicipality] : []),
        ]),
      ],
      changedAt: ctx.changedAt,
      turvakielto: c.person.turvakielto,
      tietoryhmat: c.tietoryhmat,
    }));
  await appendChanges(tx, now, changes);
  return changes.length;
}

/** Forces one event on a chosen person (the demo world's deceased and turvakielto persons). */
export async function forceEvent(
  db: Database,
  kind: 'death' | 'turvakielto_set',
  hetu: string,
  ctx: EventContext,
  now: Date,
): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const p = await getPersonByHetu(tx, hetu, true);
    if (!p) throw new Error('no such person');
    // The simulation may already have done it: then there is nothing to force.
    if ((kind === 'death' && p.deceased) || (kind === 'turvakielto_set' && p.turvakielto)) return;
    const outcome =
      kind === 'death' ? death(p, await related(tx, spouseOf(p)), ctx) : turvakielto(p, true, ctx);
    await write(tx, outcome, kind, ctx, now);
  });
}

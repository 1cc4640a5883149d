/** Queries on persons: bulk load by COPY, lookups by any hetu a person has had, and updates. */
import { sql } from 'drizzle-orm';
import { type Database, query, type Sql } from '../db/index.js';
import { pgTextArray } from './change-log.js';
import type { GeneratedPerson } from './generator/population.js';
import type { GroupRecord, Sex } from './records.js';

export interface Person {
  id: number;
  /** The person's current (active) hetu. */
  hetu: string;
  birthDate: string;
  sex: Sex;
  homeMunicipality: string | null;
  turvakielto: boolean;
  deceased: boolean;
  groups: GroupRecord[];
}

/** A person found by a hetu, which may be a passivated (corrected) one. */
export interface PersonMatch extends Person {
  requestedHetu: string;
  requestedHetuActive: boolean;
}

const PERSON_COLUMNS = [
  'id',
  'hetu',
  'birth_date',
  'sex',
  'home_municipality',
  'turvakielto',
  'deceased',
  'groups',
  'created_at',
  'updated_at',
] as const;

/** COPY text format: backslash, tab, newline and carriage return are escaped; \N is null. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function copyLine(p: GeneratedPerson, now: string): string {
  return `${[
    String(p.id),
    p.hetu,
    p.birthDate,
    p.sex,
    copyField(p.homeMunicipality),
    p.turvakielto ? 't' : 'f',
    p.deceased ? 't' : 'f',
    copyField(JSON.stringify(p.groups)),
    now,
    now,
  ].join('\t')}\n`;
}

/**
 * Streams generated persons into the register with COPY, then indexes their hetus. Returns the count.
 * `onProgress` is called every 10 000 persons.
 */
export async function copyPersons(
  db: Database,
  persons: Iterable<GeneratedPerson>,
  now: Date,
  onProgress?: (count: number) => void,
): Promise<number> {
  const stamp = now.toISOString();
  let firstId: number | undefined;
  async function* lines() {
    let n = 0;
    for (const p of persons) {
      firstId ??= p.id;
      yield copyLine(p, stamp);
      if (++n % 10_000 === 0) onProgress?.(n);
    }
  }
  const count = await db.copyInto('person', PERSON_COLUMNS, lines());
  if (count > 0 && firstId !== undefined) {
    await db.orm.execute(
      sql`INSERT INTO person_hetu (hetu, person_id, active, created_at)
          SELECT hetu, id, true, created_at FROM person WHERE id >= ${firstId}`,
    );
    await db.orm.execute(
      sql`SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person))`,
    );
  }
  return count;
}

export async function countPersons(db: Sql): Promise<number> {
  const [row] = await query<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM person`);
  return Number(row?.n ?? 0);
}

export async function nextPersonId(db: Sql): Promise<number> {
  const [row] = await query<{ n: string | number | null }>(db, sql`SELECT max(id) AS n FROM person`);
  return Number(row?.n ?? 0) + 1;
}

interface PersonRow {
  id: string | number;
  hetu: string;
  birth_date: string | Date;
  sex: Sex;
  home_municipality: string | null;
  turvakielto: boolean;
  deceased: boolean;
  groups: GroupRecord[] | string;
  requested_hetu: string;
  requested_active: boolean;
}

function isoDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function toPerson(r: PersonRow): PersonMatch {
  return {
    id: Number(r.id),
    hetu: r.hetu,
    birthDate: isoDate(r.birth_date),
    sex: r.sex,
    homeMunicipality: r.home_municipality,
    turvakielto: r.turvakielto,
    deceased: r.deceased,
    groups: typeof r.groups === 'string' ? JSON.parse(r.groups) : r.groups,
    requestedHetu: r.requested_hetu,
    requestedHetuActive: r.requested_active,
  };
}

/** Persons found by any of the given hetus (current or passivated); unknown hetus are left out. */
export async function listPersonsByHetus(
  db: Sql,
  hetus: readonly string[],
  forUpdate = false,
): Promise<PersonMatch[]> {
  if (hetus.length === 0) return [];
  const rows = await query<PersonRow>(
    db,
    sql`SELECT p.id, p.hetu, p.birth_date::text AS birth_date, p.sex, p.home_municipality, p.turvakielto, p.deceased,
               p.groups, h.hetu AS requested_hetu, h.active AS requested_active
        FROM person_hetu h JOIN person p ON p.id = h.person_id
        WHERE h.hetu = ANY(${pgTextArray(hetus)}::text[])
        ORDER BY p.id ${forUpdate ? sql`FOR UPDATE OF p` : sql``}`,
  );
  return rows.map(toPerson);
}

export async function getPersonByHetu(
  db: Sql,
  hetu: string,
  forUpdate = false,
): Promise<PersonMatch | undefined> {
  return (await listPersonsByHetus(db, [hetu], forUpdate))[0];
}

export async function getPersonById(db: Sql, id: number, forUpdate = false): Promise<Person | undefined> {
  const rows = await query<PersonRow>(
    db,
    sql`SELECT id, hetu, birth_date::text AS birth_date, sex, home_municipality, turvakielto, deceased, groups,
               hetu AS requested_hetu, true AS requested_active
        FROM person WHERE id = ${id} ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
  const row = rows[0];
  return row ? toPerson(row) : undefined;
}

export async function isHetuTaken(db: Sql, hetu: string): Promise<boolean> {
  const rows = await query<{ one: number }>(db, sql`SELECT 1 AS one FROM person_hetu WHERE hetu = ${hetu}`);
  return rows.length > 0;
}

export async function insertPerson(tx: Sql, p: Omit<Person, 'id'>, now: Date): Promise<number> {
  const [row] = await query<{ id: string | number }>(
    tx,
    sql`INSERT INTO person (hetu, birth_date, sex, home_municipality, turvakielto, deceased, groups, created_at, updated_at)
        VALUES (${p.hetu}, ${p.birthDate}, ${p.sex}, ${p.homeMunicipality}, ${p.turvakielto}, ${p.deceased},
                ${JSON.stringify(p.groups)}::json, ${now.toISOString()}, ${now.toISOString()})
        RETURNING id`,
  );
  const id = Number(row?.id);
  await tx.execute(
    sql`INSERT INTO person_hetu (hetu, person_id, active, created_at) VALUES (${p.hetu}, ${id}, true, ${now.toISOString()})`,
  );
  return id;
}

/** Writes a person's new state; exactly one row must change. */
export async function updatePerson(tx: Sql, p: Person, now: Date): Promise<void> {
  const rows = await query<{ id: number }>(
    tx,
    sql`UPDATE person SET hetu = ${p.hetu}, home_municipality = ${p.homeMunicipality}, turvakielto = ${p.turvakielto},
               deceased = ${p.deceased}, groups = ${JSON.stringify(p.groups)}::json, updated_at = ${now.toISOString()}
        WHERE id = ${p.id} RETURNING id`,
  );
  if (rows.length !== 1) throw new Error(`person ${p.id} not updated`);
}

/** After a hetu correction: the new hetu becomes active, the old ones stay as passivated aliases. */
export async function setActiveHetu(tx: Sql, personId: number, hetu: string, now: Date): Promise<void> {
  await tx.execute(sql`UPDATE person_hetu SET active = false WHERE person_id = ${personId}`);
  await tx.execute(
    sql`INSERT INTO person_hetu (hetu, person_id, active, created_at) VALUES (${hetu}, ${personId}, true, ${now.toISOString()})`,
  );
}

/**
 * Register tables. Person state is kept as data-group records in wire form, so that one catalogue describes
 * storage, validation and the interfaces alike; the columns beside it are the few facts queries filter on.
 * `json` rather than `jsonb`: the records are always read whole, `json` keeps their key order, and it
 * loads several times faster by COPY.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  json,
  pgSequence,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** kirjausavain values start above 2^32 like the real ones, so clients that read them as int32 fail here too. */
export const changeCursorSequence = pgSequence('person_change_kirjausavain_seq', {
  startWith: 5_000_000_001,
  increment: 1,
});

export const person = pgTable(
  'person',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    hetu: text('hetu').notNull().unique(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').notNull(),
    /** kuntakoodi of KOTIKUNTA; null when the person has no home municipality in Finland. */
    homeMunicipality: text('home_municipality'),
    turvakielto: boolean('turvakielto').notNull().default(false),
    deceased: boolean('deceased').notNull().default(false),
    /** Stored data groups in wire form, in order (derived views are added when read, see derived.ts). */
    groups: json('groups').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('person_home_municipality_idx').on(t.homeMunicipality)],
);

/** Every hetu a person has had: a corrected (passivated) hetu still finds the person. */
export const personHetu = pgTable(
  'person_hetu',
  {
    hetu: text('hetu').primaryKey(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('person_hetu_person_id_idx').on(t.personId)],
);

/**
 * The append-only change log. `kirjausavain` strictly increases in commit order (see change-log.ts);
 * a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
export const personChange = pgTable(
  'person_change',
  {
    kirjausavain: bigint('kirjausavain', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('person_change_kirjausavain_seq')`),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    /** The hetu the change is keyed by: for a hetu correction, the old one (spec §3.2). */
    hetu: text('hetu').notNull(),
    event: text('event').notNull(),
    /** Home municipalities the change concerns (before and after), for municipality-restricted permits. */
    municipalities: text('municipalities').array().notNull(),
    /** muutospv: when the change happened in the register's (simulated) time. */
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    /** Whether the person was under turvakielto after this change: its location fields are then withheld. */
    turvakielto: boolean('turvakielto').notNull(),
    tietoryhmat: json('tietoryhmat').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('person_change_hetu_idx').on(t.hetu, t.kirjausavain),
    index('person_change_person_id_idx').on(t.personId, t.kirjausavain),
    index('person_change_changed_at_idx').on(t.changedAt),
  ],
);

/** Small facts about the register itself: the simulated clock, the demo world's named persons. */
export const registerState = pgTable('register_state', {
  key: text('key').primaryKey(),
  value: json('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

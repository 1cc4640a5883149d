import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import {
  appendChanges,
  cursorBefore,
  FIRST_CURSOR,
  latestCursor,
  listChangesAfter,
  readChangePage,
} from './change-log.js';
import { makeTestHetu } from './hetu.js';
import { insertPerson } from './persons.js';

const now = new Date('2026-01-15T10:00:00.000Z');
let db: TestDatabase;
let personIds: number[] = [];
const hetus = [
  makeTestHetu('1980-01-01', 901),
  makeTestHetu('1990-05-05', 902),
  makeTestHetu('2015-12-31', 903),
];

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 12 });
  personIds = [];
  for (const [i, hetu] of hetus.entries()) {
    personIds.push(
      await insertPerson(
        db.orm,
        {
          hetu,
          birthDate: ['1980-01-01', '1990-05-05', '2015-12-31'][i] as string,
          sex: 'MIES',
          homeMunicipality: '091',
          turvakielto: false,
          deceased: false,
          groups: [],
        },
        now,
      ),
    );
  }
});
afterAll(() => db.close());

const change = (i: number, event: string, changedAt = now) => ({
  personId: personIds[i] as number,
  hetu: hetus[i] as string,
  event,
  municipalities: ['091'],
  changedAt,
  turvakielto: false,
  tietoryhmat: [{ tietoryhma: 'KOTIKUNTA', muutosattribuutti: 'LISATTY', kuntakoodi: '091' }],
});

const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };

describe('change log', () => {
  it('hands out cursors above 2^32 that strictly increase, and pages by cursor and hetu', async () => {
    const start = await latestCursor(db.orm);
    const keys = await db.orm.transaction((tx) =>
      appendChanges(tx, now, [change(0, 'a'), change(1, 'b'), change(0, 'c')]),
    );
    expect(keys[0]).toBeGreaterThan(2 ** 32);
    expect(keys[0]).toBeGreaterThanOrEqual(FIRST_CURSOR);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(3);

    const all = await listChangesAfter(db.orm, { after: start, limit: 10 });
    expect(all.map((c) => c.event)).toEqual(['a', 'b', 'c']);
    const forFirst = await listChangesAfter(db.orm, { after: start, hetus: [hetus[0] as string], limit: 10 });
    expect(forFirst.map((c) => c.event)).toEqual(['a', 'c']);
    expect(forFirst[0]?.tietoryhmat).toEqual([
      { tietoryhma: 'KOTIKUNTA', muutosattribuutti: 'LISATTY', kuntakoodi: '091' },
    ]);
    const page = await listChangesAfter(db.orm, { after: keys[0] as number, limit: 1 });
    expect(page.map((c) => c.event)).toEqual(['b']);
  });

  it('reads a page by hetu and by municipality, with the head of the log from the same snapshot', async () => {
    const start = await latestCursor(db.orm);
    const moved = { ...change(1, 'moved'), municipalities: ['091', '049'] };
    const keys = await db.orm.transaction((tx) =>
      appendChanges(tx, now, [change(0, 'stays'), moved, change(2, 'elsewhere')]),
    );
    const head = keys[2] as number;

    const all = await readChangePage(db.orm, { after: start, limit: 10 });
    expect(all.changes.map((c) => c.event)).toEqual(['stays', 'moved', 'elsewhere']);
    expect(all.head).toBe(head);
    const byHetu = await readChangePage(db.orm, { after: start, limit: 10, hetus: [hetus[1] as string] });
    expect(byHetu.changes.map((c) => c.event)).toEqual(['moved']);
    const byMunicipality = await readChangePage(db.orm, { after: start, limit: 10, municipalities: ['049'] });
    expect(byMunicipality.changes.map((c) => c.event)).toEqual(['moved']);
    expect(byMunicipality.changes[0]?.municipalities).toEqual(['091', '049']);
    const both = await readChangePage(db.orm, {
      after: start,
      limit: 10,
      hetus: [hetus[0] as string],
      municipalities: ['049'],
    });
    expect(both).toEqual({ changes: [], head });
    const firstOnly = await readChangePage(db.orm, { after: start, limit: 1 });
    expect(firstOnly.changes.map((c) => c.kirjausavain)).toEqual([keys[0]]);
    expect(await readChangePage(db.orm, { after: head, limit: 10, hetus: [] })).toEqual({
      changes: [],
      head,
    });
  });

  it('refuses to update, delete or truncate a logged change', async () => {
    await db.orm.transaction((tx) => appendChanges(tx, now, [change(2, 'kept')]));
    await expect(db.orm.execute(sql`UPDATE person_change SET event = 'x'`)).rejects.toMatchObject(appendOnly);
    await expect(db.orm.execute(sql`DELETE FROM person_change`)).rejects.toMatchObject(appendOnly);
    await expect(db.orm.execute(sql`TRUNCATE person_change`)).rejects.toMatchObject(appendOnly);
    const rows = await query<{ n: string }>(
      db.orm,
      sql`SELECT count(*)::text AS n FROM person_change WHERE event = 'kept'`,
    );
    expect(rows[0]?.n).toBe('1');
  });

  it('finds the cursor before a point in time', async () => {
    const early = new Date('2020-01-01T00:00:00Z');
    const late = new Date('2030-01-01T00:00:00Z');
    const [key] = await db.orm.transaction((tx) => appendChanges(tx, now, [change(1, 'late', late)]));
    expect(await cursorBefore(db.orm, late)).toBeLessThan(key as number);
    expect(await cursorBefore(db.orm, new Date('2031-01-01T00:00:00Z'))).toBe(key);
    expect(await cursorBefore(db.orm, early)).toBe(FIRST_CURSOR - 1);
  });

  it('a reader paging by cursor sees every change exactly once and in order while writers commit concurrently', async () => {
    const writers = db.engine === 'postgres' ? 8 : 2;
    const perWriter = 40;
    const start = await latestCursor(db.orm);
    let writing = true;

    const writer = async (w: number) => {
      for (let n = 0; n < perWriter; n++) {
        await db.orm.transaction(async (tx) => {
          const count = 1 + ((w + n) % 3);
          await appendChanges(
            tx,
            now,
            Array.from({ length: count }, (_, j) => change(w % 3, `w${w}:${n}:${j}`)),
          );
          // Hold the transaction open after the insert so that, without commit-ordered cursors, a later
          // writer's higher key would become visible first.
          await tx.execute(sql`SELECT pg_sleep(${(n % 4) / 1000})`);
        });
      }
    };

    const seen: { key: number; event: string }[] = [];
    const reader = async () => {
      let cursor = start;
      for (;;) {
        const done = !writing;
        const page = await listChangesAfter(db.orm, { after: cursor, limit: 7 });
        for (const c of page) seen.push({ key: c.kirjausavain, event: c.event });
        if (page.length > 0) cursor = page[page.length - 1]?.kirjausavain as number;
        else if (done) return;
      }
    };

    const reading = reader();
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    writing = false;
    await reading;

    const logged = await listChangesAfter(db.orm, { after: start, limit: 100_000 });
    expect(logged.length).toBe(
      Array.from({ length: writers }, (_, w) => w).reduce(
        (s, w) =>
          s + Array.from({ length: perWriter }, (_, n) => 1 + ((w + n) % 3)).reduce((a, b) => a + b, 0),
        0,
      ),
    );
    // Exactly once, in order: what the reader saw is the whole log, key for key.
    expect(seen.map((s) => s.key)).toEqual(logged.map((c) => c.kirjausavain));
    expect(new Set(seen.map((s) => s.event)).size).toBe(seen.length);
    // Each writer's own changes arrive in the order it committed them.
    for (let w = 0; w < writers; w++) {
      const own = seen.filter((s) => s.event.startsWith(`w${w}:`)).map((s) => s.event);
      const sorted = [...own].sort((a, b) => {
        const [, an, aj] = a.split(':').map((x) => Number(x.replace('w', '')));
        const [, bn, bj] = b.split(':').map((x) => Number(x.replace('w', '')));
        return (an as number) - (bn as number) || (aj as number) - (bj as number);
      });
      expect(own).toEqual(sorted);
    }
  }, 60_000);
});

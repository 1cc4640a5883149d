import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, query } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../db/test-database.js';
import { InvalidHetuError, makeTestHetu } from '../register/hetu.js';
import { entryHash } from './chain.js';
import {
  appendDisclosure,
  DisclosureLogBrokenError,
  GENESIS_HASH,
  type NewDisclosure,
  pruneDisclosures,
  searchDisclosures,
  verifyDisclosureLog,
} from './index.js';
import { yearsBefore } from './retention.js';

// Before the real date, so the database's own five-year floor (the trigger uses now()) agrees with ours.
const now = new Date('2026-01-15T10:00:00.000Z');
const hetus = [
  makeTestHetu('1980-01-01', 901),
  makeTestHetu('1990-05-05', 902),
  makeTestHetu('2015-12-31', 903),
  makeTestHetu('1975-07-14', 904),
];
const hetu = (i: number) => hetus[i] as string;

const entry = (over: Partial<NewDisclosure> = {}): NewDisclosure => ({
  disclosedAt: now,
  permitId: 'permit-1',
  organisationId: 'org-1',
  connectionId: 'FI-TEST/GOV/0245437-2/client',
  endUser: 'kayttaja-1',
  endCustomer: null,
  interface: 'muutosrajapinta',
  operation: 'muutokset',
  hetus: [hetu(0)],
  dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
  ...over,
});

const append = (db: Database, e: NewDisclosure = entry()) =>
  db.orm.transaction((tx) => appendDisclosure(tx, e));

async function appendMany(db: Database, count: number, make: (i: number) => NewDisclosure = () => entry()) {
  const results: { seq: number; hash: string }[] = [];
  for (let i = 0; i < count; i++) results.push(await append(db, make(i)));
  return results;
}

interface RawRow {
  seq: string | number;
  prev_hash: string;
  hash: string;
  created_at: string;
}

const rawRows = (db: Database) =>
  query<RawRow>(
    db.orm,
    sql`SELECT seq, prev_hash, hash,
          to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
        FROM disclosure ORDER BY seq`,
  );

const seqs = async (db: Database) => (await rawRows(db)).map((r) => Number(r.seq));

/** What an attacker with the owner's SQL access does first. */
const disableTriggers = (db: Database) => db.orm.execute(sql`ALTER TABLE disclosure DISABLE TRIGGER ALL`);

const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };

describe('appending', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('chains each entry to the one before it with sha256(prev_hash || canonical JSON)', async () => {
    const e1 = entry({ hetus: [hetu(0), hetu(1)], endCustomer: 'asiakas-1' });
    const e2 = entry({ interface: 'vtjkysely', operation: 'HenkilonTunnusKysely', connectionId: null });
    const e3 = entry({ endUser: undefined, hetus: [] });
    const results = await appendMany(db, 3, (i) => [e1, e2, e3][i] as NewDisclosure);
    expect(results.map((r) => r.seq)).toEqual([1, 2, 3]);

    const rows = await rawRows(db);
    expect(rows.map((r) => r.prev_hash)).toEqual([GENESIS_HASH, results[0]?.hash, results[1]?.hash]);
    expect(rows.map((r) => r.hash)).toEqual(results.map((r) => r.hash));

    // The documented canonical form, rebuilt here independently of chain.ts.
    const expected = createHash('sha256')
      .update(GENESIS_HASH)
      .update(
        `{"seq":1,"disclosedAt":"2026-01-15T10:00:00.000Z","permitId":"permit-1","organisationId":"org-1",` +
          `"connectionId":"FI-TEST/GOV/0245437-2/client","endUser":"kayttaja-1","endCustomer":"asiakas-1",` +
          `"interface":"muutosrajapinta","operation":"muutokset","hetus":["${hetu(0)}","${hetu(1)}"],` +
          `"dataGroups":["HENKILON_NIMI","KOTIKUNTA"],"createdAt":"${rows[0]?.created_at}"}`,
      )
      .digest('hex');
    expect(results[0]?.hash).toBe(expected);

    expect(await verifyDisclosureLog(db.orm)).toEqual({ ok: true, entries: 3, lastHash: results[2]?.hash });
  });

  it('pins the canonical form: a change to it would fail every existing log', () => {
    const hash = entryHash(GENESIS_HASH, {
      seq: 1,
      disclosedAt: '2026-01-15T10:00:00.000Z',
      permitId: 'p',
      organisationId: 'o',
      connectionId: null,
      endUser: null,
      endCustomer: null,
      interface: 'vtjkysely',
      operation: 'HenkilonTunnusKysely',
      hetus: [hetu(0)],
      dataGroups: ['HENKILON_NIMI'],
      createdAt: '2026-01-15T10:00:00.123Z',
    });
    expect(hash).toBe('d7aa0273bcc5b3f36aaa2a6c9995fbc28d5713da4aef8c89d70e5c5b8b8e93a1');
  });

  it('leaves no trace and no gap when the disclosing transaction rolls back', async () => {
    const before = await seqs(db);
    await expect(
      db.orm.transaction(async (tx) => {
        await appendDisclosure(tx, entry({ operation: 'perustiedot' }));
        throw new Error('response failed');
      }),
    ).rejects.toThrow('response failed');
    expect(await seqs(db)).toEqual(before);
    const next = await append(db);
    expect(next.seq).toBe((before.at(-1) as number) + 1);
    expect((await verifyDisclosureLog(db.orm)).ok).toBe(true);
  });

  it('refuses invalid entries, and the disclosing transaction fails with them', async () => {
    const before = await seqs(db);
    await expect(append(db, entry({ hetus: ['010180-901X'] }))).rejects.toBeInstanceOf(InvalidHetuError);
    await expect(
      append(db, entry({ interface: 'rest' as NewDisclosure['interface'] })),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(append(db, entry({ permitId: '' }))).rejects.toThrow(/permitId/);
    await expect(append(db, entry({ disclosedAt: new Date(Number.NaN) }))).rejects.toThrow(/disclosedAt/);
    await expect(appendDisclosure(db.orm, entry())).rejects.toThrow(/inside a transaction/);
    expect(await seqs(db)).toEqual(before);
  });

  it('keeps any text exactly as given, quotes and backslashes included', async () => {
    const odd = 'käyttäjä "x" \\ {a,b} NULL';
    const { seq } = await append(db, entry({ endUser: odd, dataGroups: [odd, 'NULL'] }));
    const [found] = await searchDisclosures(db.orm, { limit: 1 });
    expect(found).toMatchObject({ seq, endUser: odd, dataGroups: [odd, 'NULL'] });
    expect((await verifyDisclosureLog(db.orm)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of entries, checkpoints and the head', async () => {
    const [row] = await rawRows(db);
    await expect(db.orm.execute(sql`UPDATE disclosure SET operation = 'x'`)).rejects.toMatchObject(
      appendOnly,
    );
    await expect(db.orm.execute(sql`DELETE FROM disclosure WHERE seq = 2`)).rejects.toMatchObject(appendOnly);
    await expect(db.orm.execute(sql`TRUNCATE disclosure`)).rejects.toMatchObject(appendOnly);
    // The retention switch alone opens nothing: these entries are young and no checkpoint covers them.
    await expect(
      db.orm.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('tietolupa.retention', 'on', true)`);
        await tx.execute(sql`DELETE FROM disclosure WHERE seq = 1`);
      }),
    ).rejects.toMatchObject(appendOnly);
    await expect(
      db.orm.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('tietolupa.retention', 'on', true)`);
        await tx.execute(sql`UPDATE disclosure SET operation = 'x' WHERE seq = 1`);
      }),
    ).rejects.toMatchObject(appendOnly);

    await expect(db.orm.execute(sql`DELETE FROM disclosure_head`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/cannot be removed/) },
    });
    await expect(db.orm.execute(sql`UPDATE disclosure_head SET seq = seq - 1`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/advance by one/) },
    });
    await expect(
      db.orm.execute(
        sql`INSERT INTO disclosure_checkpoint (seq, hash, horizon, removed, created_at)
            VALUES (1, 'forged', now(), 1, now())`,
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/existing entry/) } });

    expect((await rawRows(db))[0]).toEqual(row);
    expect((await verifyDisclosureLog(db.orm)).ok).toBe(true);
  });
});

describe('tamper detection', () => {
  // One log of ten entries (each with its own organisation). Each attack runs the attacker's SQL, including
  // disabling the triggers as the table owner, inside a transaction that the test then rolls back, so the
  // next attack starts from the same untouched log.
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await appendMany(db, 10, (i) => entry({ organisationId: `org-${i + 1}`, hetus: [hetu(i % 4)] }));
  });
  afterAll(() => db.close());

  class Undo extends Error {
    constructor(readonly result: unknown) {
      super('undo');
    }
  }

  async function attack(statements: ReturnType<typeof sql>[]) {
    expect((await verifyDisclosureLog(db.orm)).ok).toBe(true);
    try {
      await db.orm.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE disclosure DISABLE TRIGGER ALL`);
        for (const statement of statements) await tx.execute(statement);
        throw new Undo(await verifyDisclosureLog(tx));
      });
    } catch (error) {
      if (error instanceof Undo) return error.result;
      throw error;
    }
    throw new Error('unreachable');
  }

  it('detects an altered field', async () => {
    expect(await attack([sql`UPDATE disclosure SET organisation_id = 'org-x' WHERE seq = 4`])).toEqual({
      ok: false,
      entries: 3,
      firstBadSeq: 4,
      reason: 'hash_mismatch',
    });
  });

  it('detects a person removed from an entry', async () => {
    expect(await attack([sql`UPDATE disclosure SET hetus = '{}' WHERE seq = 6`])).toMatchObject({
      firstBadSeq: 6,
      reason: 'hash_mismatch',
    });
  });

  it('detects a timestamp moved by one microsecond', async () => {
    expect(
      await attack([
        sql`UPDATE disclosure SET disclosed_at = disclosed_at + interval '1 microsecond' WHERE seq = 2`,
      ]),
    ).toMatchObject({ firstBadSeq: 2, reason: 'hash_mismatch' });
  });

  it('detects an altered entry whose own hash was recomputed, at the next link', async () => {
    // A careful attacker recomputes the altered entry's hash; the next entry's prev_hash still names the
    // original, and no entry has that hash any more.
    const [row] = await query<{ prev_hash: string; created_at: string }>(
      db.orm,
      sql`SELECT prev_hash, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
          FROM disclosure WHERE seq = 4`,
    );
    const forged = entryHash(row?.prev_hash as string, {
      ...entry({ organisationId: 'org-x', hetus: [hetu(3)] }),
      seq: 4,
      disclosedAt: now.toISOString(),
      connectionId: 'FI-TEST/GOV/0245437-2/client',
      endUser: 'kayttaja-1',
      endCustomer: null,
      createdAt: row?.created_at as string,
    });
    expect(
      await attack([sql`UPDATE disclosure SET organisation_id = 'org-x', hash = ${forged} WHERE seq = 4`]),
    ).toEqual({ ok: false, entries: 4, firstBadSeq: 5, reason: 'broken_link' });
  });

  it('detects an entry deleted in the middle', async () => {
    expect(await attack([sql`DELETE FROM disclosure WHERE seq = 5`])).toEqual({
      ok: false,
      entries: 4,
      firstBadSeq: 5,
      reason: 'gap',
    });
  });

  it('detects an entry deleted in the middle and the rest renumbered to close the gap', async () => {
    expect(
      await attack([
        sql`DELETE FROM disclosure WHERE seq = 5`,
        sql`UPDATE disclosure SET seq = -seq WHERE seq > 5`,
        sql`UPDATE disclosure SET seq = -seq - 1 WHERE seq < 0`,
      ]),
    ).toEqual({ ok: false, entries: 4, firstBadSeq: 5, reason: 'broken_link' });
  });

  it('detects two entries whose seq were swapped', async () => {
    expect(
      await attack([
        sql`UPDATE disclosure SET seq = -3 WHERE seq = 3`,
        sql`UPDATE disclosure SET seq = 3 WHERE seq = 7`,
        sql`UPDATE disclosure SET seq = 7 WHERE seq = -3`,
      ]),
    ).toEqual({ ok: false, entries: 2, firstBadSeq: 3, reason: 'reordered' });
  });

  it('detects the last entry removed with nothing recomputed', async () => {
    expect(await attack([sql`DELETE FROM disclosure WHERE seq = 10`])).toEqual({
      ok: false,
      entries: 9,
      firstBadSeq: 10,
      reason: 'gap',
    });
  });

  it('detects the first entry removed', async () => {
    expect(await attack([sql`DELETE FROM disclosure WHERE seq = 1`])).toEqual({
      ok: false,
      entries: 0,
      firstBadSeq: 1,
      reason: 'gap',
    });
  });

  it('reports progress while it streams through the log in batches', async () => {
    const progress: number[] = [];
    const result = await verifyDisclosureLog(db.orm, { batchSize: 3, onProgress: (n) => progress.push(n) });
    expect(result).toMatchObject({ ok: true, entries: 10 });
    expect(progress).toEqual([3, 6, 9, 10]);
  });
});

describe('retention', () => {
  const ago = (years: number, days = 0) => new Date(yearsBefore(now, years).getTime() + days * 86_400_000);

  it('removes only entries older than five years, and the log still verifies from the checkpoint', async () => {
    const db = await createTestDatabase();
    try {
      const disclosed = [
        ago(7), // 1: removed
        ago(6), // 2: removed
        ago(5, -1), // 3: removed (a day past five years)
        ago(5, 1), // 4: kept (a day short of five years)
        ago(6), // 5: old, but written after a younger entry: kept until that one expires
        ago(1), // 6: kept
      ];
      const written = await appendMany(db, disclosed.length, (i) =>
        entry({ disclosedAt: disclosed[i] as Date }),
      );

      await expect(pruneDisclosures(db.orm, now, 4)).rejects.toBeInstanceOf(RangeError);
      const result = await pruneDisclosures(db.orm, now);
      expect(result).toEqual({
        horizon: new Date('2021-01-15T10:00:00.000Z'),
        removed: 3,
        checkpoint: { seq: 3, hash: written[2]?.hash },
      });
      expect(await seqs(db)).toEqual([4, 5, 6]);
      expect(await verifyDisclosureLog(db.orm)).toEqual({ ok: true, entries: 3, lastHash: written[5]?.hash });

      // Running again removes nothing; appending continues the chain.
      expect((await pruneDisclosures(db.orm, now)).removed).toBe(0);
      const next = await append(db);
      expect(next.seq).toBe(7);
      expect(await verifyDisclosureLog(db.orm)).toMatchObject({ ok: true, entries: 4, lastHash: next.hash });

      // Months later entries 4 and 5 are due; verification now starts from the second checkpoint.
      const later = new Date('2026-06-01T00:00:00.000Z');
      expect(await pruneDisclosures(db.orm, later)).toMatchObject({ removed: 2, checkpoint: { seq: 5 } });
      expect(await seqs(db)).toEqual([6, 7]);
      expect(await verifyDisclosureLog(db.orm)).toEqual({ ok: true, entries: 2, lastHash: next.hash });

      // The checkpoint does not hide later tampering, nor an entry removed right after it.
      await disableTriggers(db);
      await db.orm.execute(sql`DELETE FROM disclosure WHERE seq = 6`);
      expect(await verifyDisclosureLog(db.orm)).toEqual({
        ok: false,
        entries: 0,
        firstBadSeq: 6,
        reason: 'gap',
      });
    } finally {
      await db.close();
    }
  });

  it('can remove the whole log and carry on from the checkpoint', async () => {
    const db = await createTestDatabase();
    try {
      const written = await appendMany(db, 2, () => entry({ disclosedAt: ago(6) }));
      expect(await pruneDisclosures(db.orm, now)).toMatchObject({ removed: 2, checkpoint: { seq: 2 } });
      expect(await seqs(db)).toEqual([]);
      expect(await verifyDisclosureLog(db.orm)).toEqual({ ok: true, entries: 0, lastHash: written[1]?.hash });
      const next = await append(db);
      expect(next.seq).toBe(3);
      const [row] = await rawRows(db);
      expect(row?.prev_hash).toBe(written[1]?.hash);
      expect(await verifyDisclosureLog(db.orm)).toEqual({ ok: true, entries: 1, lastHash: next.hash });
    } finally {
      await db.close();
    }
  });

  it('refuses to prune a part of the log that does not verify, and removes nothing', async () => {
    const db = await createTestDatabase();
    try {
      await appendMany(db, 4, (i) => entry({ disclosedAt: i < 3 ? ago(6) : now }));
      await disableTriggers(db);
      await db.orm.execute(sql`UPDATE disclosure SET end_user = 'someone-else' WHERE seq = 2`);
      await db.orm.execute(sql`ALTER TABLE disclosure ENABLE TRIGGER ALL`);
      const refused = pruneDisclosures(db.orm, now);
      await expect(refused).rejects.toBeInstanceOf(DisclosureLogBrokenError);
      await expect(refused).rejects.toMatchObject({ firstBadSeq: 2, reason: 'hash_mismatch' });
      expect(await seqs(db)).toEqual([1, 2, 3, 4]);
      const checkpoints = await query<{ n: number }>(
        db.orm,
        sql`SELECT count(*)::int AS n FROM disclosure_checkpoint`,
      );
      expect(checkpoints[0]?.n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('the database refuses to delete an entry younger than five years by its own clock, even when retention asks', async () => {
    const db = await createTestDatabase();
    try {
      await appendMany(db, 2, (i) => entry({ disclosedAt: i === 0 ? ago(6) : new Date() }));
      await expect(
        db.orm.transaction(async (tx) => {
          await tx.execute(sql`SELECT set_config('tietolupa.retention', 'on', true)`);
          await tx.execute(
            sql`INSERT INTO disclosure_checkpoint (seq, hash, horizon, removed, created_at)
                SELECT seq, hash, now(), 2, now() FROM disclosure WHERE seq = 2`,
          );
          await tx.execute(sql`DELETE FROM disclosure WHERE seq <= 2`);
        }),
      ).rejects.toMatchObject(appendOnly);
      expect(await seqs(db)).toEqual([1, 2]);
    } finally {
      await db.close();
    }
  });
});

describe('concurrent appends', () => {
  it('form one gap-free valid chain in commit order, rolled-back appends leaving no trace', async () => {
    const db = await createTestDatabase({ poolSize: 8 });
    try {
      const writers = db.engine === 'postgres' ? 8 : 3;
      const perWriter = 25;
      const committed = new Set<string>();
      const writer = async (w: number) => {
        for (let n = 0; n < perWriter; n++) {
          const tag = `w${w}:${n}`;
          const rollback = n % 5 === 4;
          await db.orm
            .transaction(async (tx) => {
              await appendDisclosure(tx, entry({ operation: tag, hetus: [hetu(w % 4)] }));
              // The rest of the response's work, holding the writer lock until commit.
              await tx.execute(sql`SELECT pg_sleep(${(n % 3) / 1000})`);
              if (rollback) throw new Error('rolled back');
            })
            .then(
              () => committed.add(tag),
              (error: Error) => {
                if (!rollback || error.message !== 'rolled back') throw error;
              },
            );
        }
      };
      await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));

      const result = await verifyDisclosureLog(db.orm);
      expect(result).toMatchObject({ ok: true, entries: committed.size });
      expect(await seqs(db)).toEqual(Array.from({ length: committed.size }, (_, i) => i + 1));
      const logged = await searchDisclosures(db.orm, { limit: 10_000 });
      expect(new Set(logged.map((d) => d.operation))).toEqual(committed);
      // Each writer's entries are in the order it committed them.
      for (let w = 0; w < writers; w++) {
        const own = logged
          .filter((d) => d.operation.startsWith(`w${w}:`))
          .map((d) => Number(d.operation.split(':')[1]))
          .reverse();
        expect(own).toEqual([...own].sort((a, b) => a - b));
      }
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe('search', () => {
  let db: TestDatabase;
  const t = (iso: string) => new Date(iso);
  beforeAll(async () => {
    db = await createTestDatabase();
    const rows: NewDisclosure[] = [
      entry({ organisationId: 'org-a', hetus: [hetu(0), hetu(1)], disclosedAt: t('2025-01-01T08:00:00Z') }), // 1
      entry({ organisationId: 'org-b', hetus: [hetu(1)], disclosedAt: t('2025-02-01T08:00:00Z') }), // 2
      entry({ organisationId: 'org-a', hetus: [hetu(2)], disclosedAt: t('2025-03-01T08:00:00Z') }), // 3
      entry({ organisationId: 'org-a', hetus: [hetu(0)], disclosedAt: t('2025-04-01T08:00:00Z') }), // 4
      entry({ organisationId: 'org-b', hetus: [hetu(0), hetu(2)], disclosedAt: t('2025-05-01T08:00:00Z') }), // 5
    ];
    await appendMany(db, rows.length, (i) => rows[i] as NewDisclosure);
  });
  afterAll(() => db.close());

  const found = async (filter: Parameters<typeof searchDisclosures>[1]) =>
    (await searchDisclosures(db.orm, filter)).map((d) => d.seq);

  it('finds the disclosures of a person, newest first', async () => {
    expect(await found({ hetu: hetu(0), limit: 10 })).toEqual([5, 4, 1]);
    expect(await found({ hetu: hetu(1), limit: 10 })).toEqual([2, 1]);
    expect(await found({ hetu: hetu(3), limit: 10 })).toEqual([]);
  });

  it('finds by organisation and by time range (from inclusive, to exclusive), combined', async () => {
    expect(await found({ organisationId: 'org-a', limit: 10 })).toEqual([4, 3, 1]);
    expect(
      await found({ from: t('2025-02-01T08:00:00Z'), to: t('2025-04-01T08:00:00Z'), limit: 10 }),
    ).toEqual([3, 2]);
    expect(
      await found({ organisationId: 'org-b', hetu: hetu(0), from: t('2025-01-02T00:00:00Z'), limit: 10 }),
    ).toEqual([5]);
  });

  it('returns whole entries and pages by seq', async () => {
    const [first] = await searchDisclosures(db.orm, { hetu: hetu(2), limit: 1 });
    expect(first).toMatchObject({
      seq: 5,
      organisationId: 'org-b',
      hetus: [hetu(0), hetu(2)],
      disclosedAt: t('2025-05-01T08:00:00Z'),
      interface: 'muutosrajapinta',
      endCustomer: null,
    });
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect(await found({ limit: 2 })).toEqual([5, 4]);
    expect(await found({ limit: 2, before: 4 })).toEqual([3, 2]);
    expect(await found({ limit: 2, before: 2 })).toEqual([1]);
    await expect(found({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
  });

  it('can use the person and organisation indexes', async () => {
    const plan = async (where: ReturnType<typeof sql>) =>
      db.orm.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const rows = await query<Record<string, string>>(
          tx,
          sql`EXPLAIN SELECT seq FROM disclosure WHERE ${where} ORDER BY seq DESC LIMIT 10`,
        );
        return rows.map((r) => Object.values(r)[0]).join('\n');
      });
    expect(await plan(sql`hetus @> ${`{${hetu(0)}}`}::text[]`)).toContain('disclosure_hetus_idx');
    expect(await plan(sql`organisation_id = 'org-a'`)).toContain('disclosure_organisation_idx');
  });
});

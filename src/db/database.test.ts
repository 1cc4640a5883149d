import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, query } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tietolupa-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded database', () => {
  it('keeps its data between opens, and refuses a second opener while in use', async () => {
    const dataDir = path.join(dir, 'pglite');
    const first = await openDatabase({ dataDir });
    await first.orm.execute(
      sql`INSERT INTO register_state (key, value, created_at, updated_at) VALUES ('k', '1', now(), now())`,
    );
    await expect(openDatabase({ dataDir })).rejects.toThrow(
      /is in use by process \d+ \(stop it first, or set DATA_DIR\)/,
    );
    await first.close();
    const second = await openDatabase({ dataDir });
    expect(await query<{ key: string }>(second.orm, sql`SELECT key FROM register_state`)).toEqual([
      { key: 'k' },
    ]);
    await second.close();
  });
});

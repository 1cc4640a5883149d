import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-app.js';
import { lastMonths } from './dashboard.js';
import type { DashboardView } from './schemas.js';
import { insertDraft, insertSubmittedCase, type TestWorld, testWorld } from './test-cases.js';

let t: TestApp;
let w: TestWorld;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' }, now: '2026-11-25T10:00:00.000Z' });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

/** A case sent at `submitted` and (optionally) decided `days` later, in `state`. */
async function caseAt(submitted: string, state: string, days?: number) {
  const at = new Date(submitted);
  const c = await insertSubmittedCase(t.db.orm, { organisationId: w.org.id, createdBy: w.tessa.userId }, at);
  const decided = days === undefined ? null : new Date(at.getTime() + days * DAY).toISOString();
  await t.db.orm.execute(
    sql`UPDATE application SET state = ${state}, decided_at = ${decided} WHERE id = ${c.id}`,
  );
}

describe('the dashboard', () => {
  it('counts the queue and states, and computes processing days and the monthly series from known data', async () => {
    await insertDraft(t.db.orm, w.org.id, w.tessa.userId, t.clock.now());
    // Decided in 1, 2, 3, 4 and 10 days: median 3, 90th percentile 4 + 0.6 × 6 = 7.6.
    await caseAt('2026-09-01T08:00:00Z', 'granted', 1);
    await caseAt('2026-09-10T08:00:00Z', 'denied', 2);
    await caseAt('2026-10-01T08:00:00Z', 'granted', 3);
    await caseAt('2026-10-05T08:00:00Z', 'granted', 4);
    await caseAt('2026-10-20T08:00:00Z', 'granted', 10);
    await caseAt('2026-11-02T08:00:00Z', 'submitted');
    await caseAt('2026-11-03T08:00:00Z', 'in_review');
    await caseAt('2026-11-04T08:00:00Z', 'info_requested');
    await caseAt('2026-11-05T08:00:00Z', 'withdrawn');
    // 21:30 UTC on 31 October is 23:30 in Finland: an October case.
    await caseAt('2026-10-31T21:30:00Z', 'lapsed');

    for (const who of [w.hanna, w.aino]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/back-office/dashboard',
        headers: who.headers,
      });
      expect(res.statusCode).toBe(200);
      const view = res.json() as DashboardView;
      expect(view.queueSize).toBe(3);
      expect(view.byState).toEqual({
        submitted: 1,
        in_review: 1,
        info_requested: 1,
        granted: 4,
        denied: 1,
        lapsed: 1,
        withdrawn: 1,
      });
      expect(view.processingDays).toEqual({ median: 3, p90: 7.6, count: 5 });
      expect(view.monthly).toHaveLength(12);
      expect(view.monthly[0]?.month).toBe('2025-12');
      expect(view.monthly.slice(-3)).toEqual([
        { month: '2026-09', submitted: 2, decided: 2, medianDays: 1.5 },
        { month: '2026-10', submitted: 4, decided: 3, medianDays: 4 },
        { month: '2026-11', submitted: 4, decided: 0, medianDays: null },
      ]);
      expect(view.monthly[0]).toEqual({ month: '2025-12', submitted: 0, decided: 0, medianDays: null });
    }
  });

  it('counts Finnish calendar months back across a year', () => {
    expect(lastMonths(new Date('2026-01-31T22:30:00Z'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastMonths(new Date('2026-03-15T12:00:00Z'), 4)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });
});

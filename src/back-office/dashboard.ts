/** The handlers' dashboard: the queue, cases by state, processing times and a monthly series. */
import type { Sql } from '../db/index.js';
import {
  CASE_STATES,
  countCasesByState,
  monthlySeries,
  OPEN_CASE_STATES,
  processingDays,
} from './queries.js';
import type { DashboardView } from './schemas.js';

const HELSINKI_MONTH = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
});

/** The last `count` Finnish calendar months (YYYY-MM) up to and including the current one, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const [year, month] = HELSINKI_MONTH.format(now).split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

const oneDecimal = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export async function dashboard(db: Sql, now: Date): Promise<DashboardView> {
  const counts = await countCasesByState(db);
  const byState = Object.fromEntries(CASE_STATES.map((s) => [s, counts[s] ?? 0]));
  const processing = await processingDays(db);
  const months = lastMonths(now, 12);
  const series = new Map((await monthlySeries(db, months[0] as string)).map((m) => [m.month, m]));
  return {
    queueSize: OPEN_CASE_STATES.reduce((sum, s) => sum + (byState[s] ?? 0), 0),
    byState,
    processingDays: {
      median: oneDecimal(processing.median),
      p90: oneDecimal(processing.p90),
      count: processing.count,
    },
    monthly: months.map((month) => {
      const m = series.get(month);
      return {
        month,
        submitted: m?.submitted ?? 0,
        decided: m?.decided ?? 0,
        medianDays: oneDecimal(m?.medianDays ?? null),
      };
    }),
  };
}

/**
 * The back office: DVV staff handle cases (queue, case view, assignment, notes, information requests,
 * decisions with their PDF), keep the permit register and the connections, and review the dashboard and
 * the disclosure log. `backOfficeJobs` lapses cases whose information request went unanswered.
 */
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import type { Job } from '../platform/jobs.js';
import { lapseUnansweredCases } from './cases.js';

export { lapseUnansweredCases } from './cases.js';
export { backOfficePlugin } from './routes.js';

export function backOfficeJobs(db: Database, config: Pick<Config, 'publicBaseUrl'>): Job[] {
  return [
    { name: 'info-request-lapse', everyMs: 15 * 60_000, run: (now) => lapseUnansweredCases(db, config, now) },
  ];
}

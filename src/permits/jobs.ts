/** The permit lifecycle's periodic jobs, run by main.ts (platform/jobs.ts): each idempotent and race-safe. */
import type { Database } from '../db/index.js';
import type { Job } from '../platform/jobs.js';
import { expirePermits, lapseUnacceptedPermits } from './lifecycle.js';

export function permitJobs(db: Database): Job[] {
  return [
    { name: 'permit-terms-lapse', everyMs: 15 * 60_000, run: (now) => lapseUnacceptedPermits(db, now) },
    { name: 'permit-expiry', everyMs: 60 * 60_000, run: (now) => expirePermits(db, now) },
  ];
}

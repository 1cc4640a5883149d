/**
 * Periodic maintenance inside the server process: each job runs at its interval, never overlapping itself,
 * and a failure is logged and retried at the next tick. Jobs must be safe to run on several instances at
 * once (each one takes its own database lock or is idempotent).
 */
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

export interface Job {
  name: string;
  everyMs: number;
  run(now: Date): Promise<unknown>;
}

export function startJobs(jobs: readonly Job[], clock: Clock, logger: Logger): { stop(): Promise<void> } {
  const running = new Map<string, Promise<void>>();
  const timers = jobs.map((job) => {
    const tick = () => {
      if (running.has(job.name)) return;
      const done = job
        .run(clock.now())
        .then((result) => logger.info({ job: job.name, result }, 'job done'))
        .catch((error: unknown) => logger.error({ job: job.name, err: error }, 'job failed'))
        .finally(() => running.delete(job.name));
      running.set(job.name, done);
    };
    setImmediate(tick);
    return setInterval(tick, job.everyMs).unref();
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}

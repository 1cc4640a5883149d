import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { startJobs } from './jobs.js';
import { createLogger } from './logger.js';

const quietLogger = (lines: string[]) =>
  createLogger({
    destination: new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });

describe('jobs', () => {
  it('run at start and at every interval, never overlapping themselves, and survive failures', async () => {
    const lines: string[] = [];
    const seen: Date[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    let calls = 0;
    const jobs = startJobs(
      [
        {
          name: 'slow',
          everyMs: 5,
          async run(now) {
            concurrent++;
            maxConcurrent = Math.max(maxConcurrent, concurrent);
            seen.push(now);
            await new Promise((r) => setTimeout(r, 20));
            concurrent--;
            if (++calls === 1) throw new Error('first run fails');
          },
        },
      ],
      new ManualClock('2026-11-25T03:00:00Z'),
      quietLogger(lines),
    );
    await new Promise((r) => setTimeout(r, 120));
    await jobs.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(maxConcurrent).toBe(1);
    expect(seen[0]?.toISOString()).toBe('2026-11-25T03:00:00.000Z');
    expect(lines.join('')).toContain('job failed');
    expect(lines.join('')).toContain('job done');
  });
});

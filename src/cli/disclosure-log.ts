/**
 * Operator commands for the disclosure log: verify the hash chain, run retention.
 * Exit codes: 0 done (the chain verifies), 1 the chain does not verify, 2 could not run (usage, config,
 * database).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/index.js';
import {
  DisclosureLogBrokenError,
  MIN_RETENTION_YEARS,
  pruneDisclosures,
  verifyDisclosureLog,
} from '../disclosure-log/index.js';
import { systemClock } from '../platform/clock.js';

const USAGE = `Usage: disclosure-log <command> [options]

Commands:
  verify    Walk the whole hash chain. Prints one line; exits 0 when it verifies, 1 when it does not
            (naming the first bad seq and the reason: gap, broken_link, reordered, hash_mismatch).
  prune     Remove the entries older than the retention period, keeping the chain verifiable from a
            checkpoint. Refuses (exit 1) when the part to be removed does not verify.

Options:
  --retention-years <n>   prune: years to keep (default and minimum ${MIN_RETENTION_YEARS})
  --progress-every <n>    verify: report progress on stderr every n entries (default 100000)
  -h, --help              show this help

The database is the server's: DATABASE_URL (PostgreSQL), or the embedded database in DATA_DIR
(default .data/pglite). The embedded database serves one process at a time: stop the server first.
Exit codes: 0 ok, 1 the log does not verify, 2 could not run.`;

function positiveInteger(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`${name} must be a positive integer`);
  return Number(raw);
}

class UsageError extends Error {}

export async function main(args: string[]): Promise<number> {
  let command: string | undefined;
  let retentionYears: number;
  let progressEvery: number;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'retention-years': { type: 'string' },
        'progress-every': { type: 'string' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length !== 1 || (positionals[0] !== 'verify' && positionals[0] !== 'prune')) {
      throw new UsageError('expected one command: verify or prune');
    }
    command = positionals[0];
    retentionYears = positiveInteger(values['retention-years'], '--retention-years', MIN_RETENTION_YEARS);
    if (retentionYears < MIN_RETENTION_YEARS) {
      throw new UsageError(`--retention-years must be at least ${MIN_RETENTION_YEARS}`);
    }
    progressEvery = positiveInteger(values['progress-every'], '--progress-every', 100_000);
  } catch (error) {
    console.error(`disclosure-log: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const config = loadConfig();
    db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    if (command === 'verify') {
      let nextReport = progressEvery;
      const started = Date.now();
      const result = await verifyDisclosureLog(db.orm, {
        onProgress: (checked) => {
          if (checked < nextReport) return;
          while (nextReport <= checked) nextReport += progressEvery;
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.error(`disclosure-log: verified ${checked} entries (${seconds} s)`);
        },
      });
      if (result.ok) {
        console.log(`disclosure log OK: ${result.entries} entries verified, last hash ${result.lastHash}`);
        return 0;
      }
      console.log(
        `disclosure log BROKEN at seq ${result.firstBadSeq}: ${result.reason} (${result.entries} entries verified before it)`,
      );
      return 1;
    }
    const result = await pruneDisclosures(db.orm, systemClock.now(), retentionYears);
    console.log(
      result.checkpoint
        ? `disclosure log pruned: ${result.removed} entries disclosed before ${result.horizon.toISOString()} removed, checkpoint at seq ${result.checkpoint.seq}`
        : `disclosure log pruned: nothing disclosed before ${result.horizon.toISOString()} to remove`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DisclosureLogBrokenError) {
      console.log(`disclosure log BROKEN at seq ${error.firstBadSeq}: ${error.reason}; nothing pruned`);
      return 1;
    }
    console.error(`disclosure-log: ${(error as Error).message}`);
    return 2;
  } finally {
    await db?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

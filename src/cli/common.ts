/** What every command-line tool shares: configuration, the database, one-line errors, progress on stderr. */
import { type Config, ConfigError, loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/index.js';

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
}

/** Today's date in Finland (YYYY-MM-DD): the register's days are Finnish days. */
export function helsinkiDate(at: Date): string {
  return HELSINKI_DATE.format(at);
}

const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

/** A progress line on stderr, overwritten in place on a terminal and one line per update elsewhere. */
export function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
  else process.stderr.write(`${text}\n`);
}

export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}

/**
 * npm run --silent demo-world: prints the demo world as JSON on stdout. Asks the running server first (the
 * embedded database is single-process and is then in use); without a server, reads the database directly.
 */
import { describeDemoWorld } from '../demo/world.js';
import { configOrExit, fail, openConfiguredDatabase } from './common.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  try {
    const response = await fetch(`http://${host}:${config.port}/api/demo-world`, {
      signal: AbortSignal.timeout(5000),
    });
    if (response.ok) {
      process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
      return;
    }
  } catch {
    // No server running: read the database below.
  }
  const db = await openConfiguredDatabase(config);
  try {
    const world = await describeDemoWorld(db, config);
    if (!world) fail('This database has no demo world yet: run `npm start` once (demo mode seeds it).');
    process.stdout.write(`${JSON.stringify(world, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

/**
 * `npm start` runs this first: it builds the web app only when web/dist is missing or older than the app's
 * sources, so a first start just works and later starts do not wait for a build (about 20 s).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const built = statSync(join(web, 'dist', 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...SOURCES.map((source) => newestChange(join(web, source))));

if (built >= changed) process.exit(0);
console.log(
  built ? 'The web app has changed: building it (npm run build)…' : 'Building the web app (npm run build)…',
);
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
process.exit(build.status ?? 1);

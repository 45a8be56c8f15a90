// Installs dependencies when they are missing or older than the lock file, so that `npm run demo`
// and `npm test` work on a fresh clone with nothing else typed first.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  process.stderr.write('Installing dependencies (npm ci)…\n');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

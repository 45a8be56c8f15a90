// `npm test`: lint (module boundaries), type check, the services' build, then every Jest project
// against real PostgreSQL and Kafka (the Jest global setup starts the local broker when none answers):
// everything but the journey test in one run, then the journey test alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const step = (title, command, args) => {
  process.stderr.write(`\n▶ ${title}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status ?? 1;
};

const npx = (args) => ['npx', ['--no-install', ...args]];

let status = step('lint', ...npx(['nx', 'run-many', '-t', 'lint', '--outputStyle=static']));
if (status === 0) status = step('type check', ...npx(['tsc', '-p', 'tsconfig.json', '--noEmit']));
if (status !== 0) process.exit(status);

mkdirSync('tmp', { recursive: true });
// The journey test runs the five built services of two regions (about 90 PostgreSQL connections of the
// server's 100): it runs alone, after the others, so that neither starves the other of connections.
// Its services are built here once, up front (nx caches them), not inside the test's time budget.
const JOURNEY = 'tools/e2e/journey';
status = step('build the services', ...npx(['nx', 'run-many', '-t', 'build', '--outputStyle=static']));
if (status !== 0) process.exit(status);
const jest = (title, resultsFile, selection) =>
  step(title, ...npx(['jest', '-c', 'jest.config.ts', '--ci', '--maxWorkers=2', '--forceExit', '--json', `--outputFile=${resultsFile}`, ...selection]));
const runs = [
  ['tests', 'tmp/jest-results.json', ['--testPathIgnorePatterns', JOURNEY]],
  ['the journey test', 'tmp/jest-journey-results.json', [JOURNEY]],
];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [title, resultsFile, selection] of runs) {
  status = jest(title, resultsFile, selection);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += results.numPassedTests;
  totals.failed += results.numFailedTests;
  totals.skipped += results.numPendingTests + results.numTodoTests;
  if (status !== 0) break;
}

// Jest's own summary goes to stderr above; this plain closing line is the one CI reads.
process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(status);

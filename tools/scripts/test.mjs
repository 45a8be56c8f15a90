// `npm test`: lint (module boundaries), type check, then every Jest project in one run against real
// PostgreSQL and Kafka (the Jest global setup starts the local broker when none answers).
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
const resultsFile = 'tmp/jest-results.json';
status = step(
  'tests',
  ...npx(['jest', '-c', 'jest.config.ts', '--ci', '--maxWorkers=2', '--forceExit', '--json', `--outputFile=${resultsFile}`]),
);

// Jest's own summary goes to stderr above; this plain closing line is the one CI reads.
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
process.exit(status);

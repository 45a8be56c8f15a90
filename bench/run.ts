/**
 * `npm run bench` runs every suite, `npm run bench -- <suite> [<suite>…] [--flag value…]` the named
 * ones, `npm run bench -- --report` only regenerates bench/RESULTS.md. A suite is a
 * `bench/<name>.suite.ts` exporting `suite` (bench/suite.ts); each run's figures are saved in
 * bench/results/<name>.json (`--tag x`: <name>-x.json) with the machine, date, commit and load.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresAdminUrl } from '@titrepro/testing';
import { resultsDir, writeResultsPage } from './results-page';
import type { BenchSuite, SavedRun, SuiteContext } from './suite';

const SUITE_FILE = /^(.+)\.suite\.ts$/;

const suiteNames = (): string[] => readdirSync(__dirname).flatMap((file) => SUITE_FILE.exec(file)?.[1] ?? []);

const loadSuite = (name: string): BenchSuite => {
  const { suite } = require(join(__dirname, `${name}.suite`)) as { suite?: BenchSuite };
  if (!suite || suite.name !== name) throw new Error(`bench/${name}.suite.ts must export \`suite\` named '${name}'`);
  return suite;
};

/** Suite names and `--key value` flags; a value is the next word unless it is a flag or a suite name. */
const parseArguments = (args: readonly string[], known: readonly string[]): { names: string[]; flags: Record<string, string> } => {
  const names: string[] = [];
  const flags: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = args[index + 1];
    if (inline !== undefined) flags[key] = inline;
    else if (next !== undefined && !next.startsWith('--') && !known.includes(next)) {
      flags[key] = next;
      index += 1;
    } else flags[key] = 'true';
  }
  return { names, flags };
};

const contextOf = (flags: Record<string, string>): SuiteContext => ({
  flags,
  number: (flag, fallback) => {
    const text = flags[flag];
    if (text === undefined) return fallback;
    const value = Number(text.replace(/_/g, ''));
    if (!Number.isFinite(value)) throw new Error(`--${flag} ${text} is not a number`);
    return value;
  },
  say: (line) => void process.stderr.write(`${line}\n`),
});

const commitOf = (): string => {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: __dirname, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- . ../libs ../apps', { cwd: __dirname, encoding: 'utf8' })
      .split('\n')
      .some((line) => line.trim() !== '' && !line.includes('bench/results/') && !line.includes('bench/RESULTS.md'));
    return dirty ? `${hash}+changes` : hash;
  } catch {
    return 'unknown';
  }
};

const postgresVersion = async (): Promise<string | undefined> => {
  const client = new Client({ connectionString: postgresAdminUrl() });
  try {
    await client.connect();
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const loadNow = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);

const runSuite = async (suite: BenchSuite, flags: Record<string, string>, command: string): Promise<void> => {
  process.stdout.write(`\n# ${suite.name}: ${suite.title}\n`);
  const startedAt = new Date();
  const start = loadNow();
  const figures = await suite.run(contextOf(flags));
  const tag = flags['tag'];
  const saved: SavedRun = {
    suite: suite.name,
    ...(tag ? { tag } : {}),
    title: suite.title,
    command,
    commit: commitOf(),
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, postgres: await postgresVersion() },
    loadAverage: { start, end: loadNow() },
    figures,
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${suite.name}${tag ? `-${tag}` : ''}.json`);
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  process.stdout.write(`\n${suite.render(figures)}\n\nsaved ${file} (${saved.durationSeconds} s)\n`);
};

const main = async (): Promise<void> => {
  const known = suiteNames();
  const args = process.argv.slice(2);
  const { names, flags } = parseArguments(args, known);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown suite(s): ${unknown.join(', ')}. Known: ${known.join(', ')}\n`);
    process.exit(2);
  }
  const byOrder = (suites: BenchSuite[]): BenchSuite[] => suites.sort((a, b) => a.order - b.order);
  const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
  if (flags['report'] === undefined) {
    // Only the suites that run are loaded before they run (a suite's module may be heavy); the rest for the page, after.
    const chosen = byOrder((names.length > 0 ? names : known).map(loadSuite));
    const started = Date.now();
    const failed: string[] = [];
    for (const suite of chosen) {
      // One suite failing does not cost the others their run; the command still fails at the end.
      await runSuite(suite, flags, command).catch((error: unknown) => {
        failed.push(suite.name);
        process.stderr.write(`suite ${suite.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      });
    }
    process.stdout.write(`\n${chosen.length} suite(s) in ${Math.round((Date.now() - started) / 1000)} s\n`);
    if (failed.length > 0) process.exitCode = 1;
  }
  process.stdout.write(`wrote ${writeResultsPage(byOrder(known.map(loadSuite)))}\n`);
};

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

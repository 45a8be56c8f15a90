// Built bundle versus ts-node, per service: size, time from spawn to /health/ready, RSS once ready.
//   node -r ts-node/register/transpile-only -r tsconfig-paths/register tools/build/measure.ts [service ...]
// Run `npx nx run-many -t build` first. The bundle runs with the flags of the demo and the image
// (SERVICE_NODE_FLAGS), ts-node as the services ran before they were built. Each service starts alone (one region, fresh databases, topics
// of its own on the shared broker), the bundle from a directory holding production dependencies only.
import { createSharedTopics } from '@titrepro/service-kit/testing';
import { createTestDatabase, freePort, kafkaBrokers } from '@titrepro/testing';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_NODE_FLAGS } from '../journey/launch/start-regions';
import { productionPackages, runtimeDirectory, workspaceRoot } from './runtime-dir';

const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'];
const SETTLE_MS = 5_000;
const seed = createHash('sha256').update('titrepro measure key idf').digest('base64url');

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const diskUsage = (...paths: string[]): number => Number(execFileSync('du', ['-sbc', ...paths], { encoding: 'utf8' }).trim().split('\n').at(-1)?.split('\t')[0]);
const rssOf = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

interface Run {
  readonly readyMs: number;
  readonly rss: number;
}

const start = async (service: string, mode: 'bundle' | 'ts-node'): Promise<Run> => {
  const database = await createTestDatabase('measure');
  const keys = await createTestDatabase('measure_keys');
  const port = await freePort();
  const directory = mode === 'bundle' ? runtimeDirectory(service) : workspaceRoot;
  const args = mode === 'bundle' ? [...SERVICE_NODE_FLAGS, join('dist', 'apps', service, 'main.js')] : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join('apps', service, 'src', 'main.ts')];
  const log = openSync(join(workspaceRoot, 'tmp', `measure-${service}-${mode}.log`), 'w');
  const began = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: directory,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env['PATH'] ?? '',
      REGION: 'idf',
      DATABASE_URL: database.url,
      KEY_STORE_URL: keys.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: await createSharedTopics(),
      PORT: String(port),
      DATABASE_POOL_SIZE: '11',
      ALLOW_DEVELOPMENT_KEY: 'true',
      REGION_PEERS: '',
      ...(service === 'document-issuance' ? { ISSUER_DID_HOST: 'titres.example.fr', ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'key-1', seed }] }), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${service} (${mode}) exited with ${child.exitCode}: see tmp/measure-${service}-${mode}.log`);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.status === 200, () => false);
      if (ready) break;
      await sleep(100);
    }
    const readyMs = Date.now() - began;
    await sleep(SETTLE_MS);
    return { readyMs, rss: rssOf(child.pid ?? 0) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await Promise.all([database.drop(), keys.drop()]);
    if (mode === 'bundle') rmSync(directory, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const services = process.argv.length > 2 ? process.argv.slice(2) : SERVICES;
  const installed = realpathSync(join(workspaceRoot, 'node_modules'));
  const production = diskUsage(...productionPackages().map((name) => join(installed, name)));
  process.stdout.write(`node_modules: ${megabytes(diskUsage(installed))} with dev dependencies, ${megabytes(production)} production only\n`);
  process.stdout.write(`| service | bundle (without .map) | ready, bundle | ready, ts-node | RSS, bundle | RSS, ts-node |\n|---|---|---|---|---|---|\n`);
  for (const service of services) {
    const dist = join(workspaceRoot, 'dist', 'apps', service);
    const maps = execFileSync('find', [dist, '-name', '*.map'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    const size = diskUsage(dist);
    const bundle = await start(service, 'bundle');
    const tsNode = await start(service, 'ts-node');
    process.stdout.write(
      `| ${service} | ${megabytes(size)} (${megabytes(size - (maps.length ? diskUsage(...maps) : 0))}) | ${(bundle.readyMs / 1000).toFixed(1)} s | ${(tsNode.readyMs / 1000).toFixed(1)} s | ${megabytes(bundle.rss)} | ${megabytes(tsNode.rss)} |\n`,
    );
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

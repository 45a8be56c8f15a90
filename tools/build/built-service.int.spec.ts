import { signDevelopmentToken } from '@titrepro/platform-nest';
import { createSharedTopics } from '@titrepro/service-kit/testing';
import { createTestDatabase, freePort, kafkaBrokers, waitFor, type TestDatabase } from '@titrepro/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID, createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeDirectory, workspaceRoot } from './runtime-dir';

/**
 * `nx build document-issuance`, then its bundle started as the image's runtime stage starts it:
 * `node dist/apps/document-issuance/main.js`, beside the production dependencies only, on real
 * PostgreSQL and the shared Kafka broker. The issuance is the service with the most to lose in a
 * build: the ESM-only credential stack imported at runtime, the référentiel's JSON and Nest's
 * injection by constructor type.
 */
const service = 'document-issuance';
const seed = createHash('sha256').update('titrepro build test key idf').digest('base64url');

/** Only what a deployment sets: nothing of the test runner (ts-jest hooks, NODE_OPTIONS). */
const deploymentEnvironment = (settings: Record<string, string>): NodeJS.ProcessEnv => ({ PATH: process.env['PATH'] ?? '', ...settings });

describe(`the built ${service}`, () => {
  let directory: string;
  let databases: TestDatabase[] = [];
  let child: ChildProcess | undefined;
  let url: string;
  let logFile: string;

  beforeAll(async () => {
    // Compiling the service is the subject of this suite: a type-checked tsc build of its whole graph.
    execFileSync('npx', ['--no-install', 'nx', 'build', service, '--outputStyle=static'], { cwd: workspaceRoot, stdio: 'ignore' });
    directory = runtimeDirectory(service);
    const database = await createTestDatabase('built_issuance');
    const keys = await createTestDatabase('built_issuance_keys');
    databases = [database, keys];
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    logFile = join(directory, 'service.log');
    const log = openSync(logFile, 'a');
    child = spawn(process.execPath, [join('dist', 'apps', service, 'main.js')], {
      cwd: directory,
      stdio: ['ignore', log, log],
      env: deploymentEnvironment({
        NODE_ENV: 'production',
        REGION: 'idf',
        DATABASE_URL: database.url,
        KEY_STORE_URL: keys.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_PREFIX: await createSharedTopics(),
        PORT: String(port),
        HOST: '127.0.0.1',
        ALLOW_DEVELOPMENT_KEY: 'true',
        REGION_PEERS: '',
        ISSUER_DID_HOST: 'titres.example.fr',
        ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'key-1', seed }] }),
        PUBLIC_BASE_URL: url,
      }),
    });
    const started = child;
    await waitFor(
      `${service} ready (log: ${logFile})`,
      async () => {
        if (started.exitCode !== null) throw new Error(`${service} exited with ${started.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-2_000)}`);
        return fetch(`${url}/health/ready`).then((response) => response.status === 200, () => false);
      },
      120_000,
      250,
    );
  }, 600_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await Promise.all(databases.map((database) => database.drop()));
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('runs from a directory holding no TypeScript tooling: neither ts-node, typescript nor tsconfig-paths', () => {
    for (const tool of ['ts-node', 'typescript', 'tsconfig-paths']) expect(existsSync(join(directory, 'node_modules', tool))).toBe(false);
    expect(existsSync(join(directory, 'node_modules', '@nestjs', 'core'))).toBe(true);
  });

  it('answers an authenticated request, and refuses it without a token', async () => {
    const path = `/candidates/${randomUUID()}/documents`;
    const token = await signDevelopmentToken({ subject: 'officer-1', role: 'regional-officer', region: 'idf' });
    const allowed = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual([]);
    expect((await fetch(`${url}${path}`)).status).toBe(401);
  });

  it('signs its revocation list with the ESM credential stack it imports at runtime', async () => {
    const response = await fetch(`${url}/status-lists/1`);
    expect(response.status).toBe(200);
    const credential = (await response.json()) as { type: string[]; proof?: { type: string; cryptosuite: string } };
    expect(credential.type).toContain('BitstringStatusListCredential');
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
  });
});

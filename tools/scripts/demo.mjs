// `npm run demo`: starts the infrastructure (Kafka from infra/kafka, databases in the local
// PostgreSQL), the four services of one regional office and the candidate registry of a second one
// (to show a transfer between regions), then prints their URLs and readiness and runs a scenario.
// Ctrl+C stops the services. `npm run demo -- --check` exits once everything answered ready and the
// scenario went as expected (0), or when a service stayed unready or exited, or the scenario failed (1).
// The services run as built bundles (`nx build`, cached: only what changed is rebuilt) with plain node.
// A service has DEMO_START_SECONDS (600) to answer HTTP at all (generous for a loaded shared machine),
// then DEMO_READY_SECONDS (120) to answer ready.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { DEMO_OIDC_ISSUER, demoServiceEnvironment, startDemoProvider } from '../../infra/oidc/demo-provider.mjs';

const region = process.env.REGION ?? 'idf';
/** The second regional office: only its registry runs, to receive a transfer. */
const peerRegion = region === 'bre' ? 'idf' : 'bre';
const databaseServer = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const kafkaBrokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const checkOnly = process.argv.includes('--check');
const readySeconds = Number(process.env.DEMO_READY_SECONDS ?? 120);
const startSeconds = Number(process.env.DEMO_START_SECONDS ?? 600);
const services = [
  { name: 'candidate-registry', region, port: 3101, database: 'candidate_registry', peers: `${peerRegion}=http://127.0.0.1:3201` },
  { name: 'evaluation', region, port: 3102, database: 'evaluation' },
  { name: 'jury', region, port: 3103, database: 'jury' },
  // It prints the name on a parchemin from its own region's registry (GET /identities/:id).
  { name: 'document-issuance', region, port: 3104, database: 'document_issuance', peers: `${region}=http://127.0.0.1:3101`, env: developmentIssuer(region) },
  { name: 'candidate-registry', region: peerRegion, port: 3201, database: 'candidate_registry', peers: `${region}=http://127.0.0.1:3101` },
];
/**
 * The demo's issuer: a did:web on the local port and a signing key derived from a public label.
 * Development only, like the development token key: a real region's seed is a secret.
 */
function developmentIssuer(code) {
  const seed = createHash('sha256').update(`titrepro development issuer key ${code}`).digest('base64url');
  return { ISSUER_DID_HOST: '127.0.0.1%3A3104', ISSUER_KEYS: JSON.stringify({ [code]: [{ id: 'development-key', seed }] }), PUBLIC_BASE_URL: 'http://127.0.0.1:3104' };
}
const label = (service) => `${service.name} (${service.region})`;

const say = (line) => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

say('▶ Building the services (nx build; cached, so only what changed is rebuilt)');
execFileSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', '-p', 'candidate-registry,evaluation,jury,document-issuance', '--outputStyle=static'], { stdio: 'inherit' });
say(`▶ Kafka (infra/kafka/start) on ${kafkaBrokers}`);
if (!process.env.KAFKA_BROKERS) execFileSync('infra/kafka/start', { stdio: 'inherit' });
// Also when the broker was already running (started by someone else, or KAFKA_BROKERS): the services
// would wait, not ready, for topics nobody creates (their producers and consumers never auto-create).
execFileSync(process.execPath, ['infra/kafka/create-topics.mjs'], { stdio: 'inherit', env: { ...process.env, KAFKA_BROKERS: kafkaBrokers } });
say(`▶ PostgreSQL databases for regions ${region} and ${peerRegion} on ${databaseServer.host}`);
execFileSync(process.execPath, ['infra/postgres/create-databases.mjs', region, peerRegion], { stdio: 'inherit' });

mkdirSync('tmp/demo', { recursive: true });
// The services verify agents' and peers' tokens through it (OIDC_ISSUERS); npm run token asks it for tokens.
say(`▶ OpenID provider (infra/oidc, node-oidc-provider) on ${DEMO_OIDC_ISSUER}`);
const identityProvider = await startDemoProvider([region, peerRegion], openSync('tmp/demo/oidc-provider.log', 'w'));
process.on('exit', () => identityProvider.kill('SIGTERM'));
/** A service's exit code when PostgreSQL could not serve it yet (bootstrapService): start it again, as docker-compose's restart policy does. */
const EX_TEMPFAIL = 75;
const MAX_TEMPORARY_FAILURES = 5;
const temporaryFailures = services.map(() => 0);
const restartPending = services.map(() => false);
const logOf = (service) => `tmp/demo/${service.name}-${service.region}.log`;
const start = (service, index) => {
  const databaseUrl = new URL(databaseServer);
  databaseUrl.pathname = `/titrepro_${service.region}_${service.database}`;
  // Subject keys live apart from the events: one key database per region, a schema per service in it.
  const keyStoreUrl = new URL(databaseServer);
  keyStoreUrl.pathname = `/titrepro_${service.region}_keys`;
  const log = openSync(logOf(service), temporaryFailures[index] === 0 ? 'w' : 'a');
  const child = spawn(
    process.execPath,
    [`dist/apps/${service.name}/main.js`],
    {
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        REGION: service.region,
        REGION_PEERS: service.peers ?? '',
        ...(service.env ?? {}),
        DATABASE_URL: databaseUrl.toString(),
        KEY_STORE_URL: keyStoreUrl.toString(),
        KAFKA_BROKERS: kafkaBrokers,
        PORT: String(service.port),
        // Two regions' four services (8 × 11 = 88) stay within PostgreSQL's default max_connections of 100 (README, "Connection budget").
        DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '11',
        ...demoServiceEnvironment(service.region, [region, peerRegion]),
        // The scenario (demo-scenario.ts) still signs with the development key: the services must be told to accept it too.
        ALLOW_DEVELOPMENT_KEY: 'true',
      },
    },
  );
  child.on('exit', (code) => {
    if (code === EX_TEMPFAIL && !stopping && temporaryFailures[index] < MAX_TEMPORARY_FAILURES) {
      temporaryFailures[index] += 1;
      restartPending[index] = true;
      say(`↻ ${label(service)}: PostgreSQL could not serve it yet (exit ${code}); starting it again (${temporaryFailures[index]} of ${MAX_TEMPORARY_FAILURES})`);
      setTimeout(() => {
        restartPending[index] = false;
        if (!stopping) children[index] = start(service, index);
      }, 2_000 * temporaryFailures[index]);
    } else if (code) say(`✖ ${label(service)} exited with ${code}: see ${logOf(service)}`);
  });
  return child;
};
let stopping = false;
const children = [];
services.forEach((service, index) => (children[index] = start(service, index)));
/** Exited, and not about to be started again. */
const exitedForGood = (child, index) => (child.exitCode !== null || child.signalCode !== null) && !restartPending[index];
const stopAll = () => {
  stopping = true;
  children.forEach((child) => child.kill('SIGTERM'));
};
/** Waits for every service to exit after stopAll; those still running after `ms` are killed. */
const stopped = async (ms) => {
  const running = () => children.filter((child) => child.exitCode === null && child.signalCode === null);
  const exits = Promise.all(running().map((child) => new Promise((resolve) => child.once('exit', resolve))));
  if (await Promise.race([exits.then(() => true), sleep(ms).then(() => false)])) return;
  running().forEach((child) => child.kill('SIGKILL'));
  await Promise.race([exits, sleep(2_000)]);
};
process.on('SIGINT', () => {
  stopAll();
  process.exit(0);
});

/** 'ready', 'starting', or why not: the checks of /health/ready that are not up. */
const readiness = async (port) => {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
    if (response.status === 200) return 'ready';
    return `not ready (${response.status}${notUp(await response.json().catch(() => undefined))})`;
  } catch {
    return 'starting';
  }
};
const notUp = (report) => {
  if (typeof report?.detail === 'string') return `: ${report.detail}`;
  const checks = Object.entries(report?.checks ?? report?.details ?? {}).filter(([, check]) => check?.status && check.status !== 'up');
  return checks.map(([name, check]) => `; ${name} ${check.status}${check.details?.message ? `: ${check.details.message}` : ''}`).join('');
};

say('▶ Services (logs in tmp/demo/)');
let states = [];
const startedAt = Date.now();
/** When each service first answered HTTP: from then on it has readySeconds to be ready. */
const answeringSince = services.map(() => undefined);
let timedOut = '';
for (;;) {
  states = await Promise.all(services.map((service) => readiness(service.port)));
  if (states.every((state) => state === 'ready') || children.some(exitedForGood)) break;
  const now = Date.now();
  states.forEach((state, index) => (answeringSince[index] ??= state === 'starting' ? undefined : now));
  if (states.some((state, index) => state !== 'ready' && answeringSince[index] !== undefined && now - answeringSince[index] > readySeconds * 1000)) {
    timedOut = `not every service answered ready within ${readySeconds} s of answering HTTP (DEMO_READY_SECONDS)`;
    break;
  }
  if (states.some((state) => state === 'starting') && now - startedAt > startSeconds * 1000) {
    timedOut = `not every service answered HTTP within ${startSeconds} s (DEMO_START_SECONDS)`;
    break;
  }
  await sleep(1_000);
}
for (const [index, service] of services.entries()) {
  say(`  ${label(service).padEnd(26)} http://127.0.0.1:${service.port}  docs: /docs  ${states[index]}`);
}
const allReady = states.every((state) => state === 'ready');
if (!allReady) say(`✖ ${timedOut || 'a service exited'}; see tmp/demo/*.log`);
let scenarioPassed = false;
if (allReady) {
  say('\n▶ A short scenario on the candidate registry (tools/scripts/demo-scenario.ts)');
  const scenario = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/scripts/demo-scenario.ts', 'http://127.0.0.1:3101', 'http://127.0.0.1:3201'],
    { stdio: 'inherit', env: { ...process.env, REGION: region, PEER_REGION: peerRegion } },
  );
  if (scenario.status !== 0) say('✖ the scenario did not go as expected');
  scenarioPassed = scenario.status === 0;
}
if (checkOnly || !allReady) {
  stopAll();
  // The ports and database connections are free when this returns: the next run can start at once.
  await stopped(15_000);
  process.exit(allReady && scenarioPassed ? 0 : 1);
}
say('\nA token for a regional officer of this region: npm run token -- --role regional-officer --region ' + region);
say('Ctrl+C stops the services (the Kafka broker keeps running: npm run kafka:stop).');

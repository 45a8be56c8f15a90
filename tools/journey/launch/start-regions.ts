import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dropJourneyDatabases, prepareJourneyDatabases } from './databases';
import { answers, createJourneyTopics, ensureKafka, stopKafka } from './kafka';
import { JOURNEY_REGIONS, REGION_SERVICES, checkedDatabasePrefix, journeyEndpoints, journeyPorts, localUrl, processName, type JourneyEndpoints } from './layout';
import { RssSampler, type PeakRss, type RssReading } from './memory';
import { startOpenIdProvider } from './openid-provider';
import { waitUntilReady, type ServedProcess } from './readiness';
import { DEFAULT_POOL_SIZE_PER_SERVICE, auditEnvironment, serviceEnvironment, type LaunchSettings } from './service-environment';
import { SupervisedProcess } from './supervised-process';

export const workspaceRoot = resolve(__dirname, '..', '..', '..');

/**
 * How node runs a service, as in the image (infra/docker/service.Dockerfile's NODE_OPTIONS): young
 * generation semi-spaces of 4 MB instead of 16, about 20 MB less RSS per service for scavenges a
 * little more often (README, "Built services").
 */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=4'] as const;

/** The five services the journey runs, as `nx build` names them. */
export const BUILT_SERVICES = [...REGION_SERVICES, 'audit'] as const;

export interface StartRegionsOptions {
  /** idf's services on base+1…+4, bre's on base+101…+104, the audit on base+5, the OpenID provider on base+99. Demo 3100, e2e test 4100, load bench 5100. */
  readonly portBase: number;
  /** Databases `<prefix>_<region>_<service>` and `<prefix>_<region>_keys`. Demo 'titrepro', e2e 'titrepro_e2e', bench 'titrepro_bench'. */
  readonly databasePrefix: string;
  /** One log per process: `idf-jury.log`, `audit.log`, `oidc-provider.log`. */
  readonly logDir: string;
  /** Fresh databases (dropped first, and again by stop()) and topics under a new prefix; else kept data and the default topics (the demo). */
  readonly fresh?: boolean;
  /** `nx run-many -t build` of the five services first (nx caches what did not change). Default true. */
  readonly build?: boolean;
  /** Progress lines for a person. Default: none. */
  readonly say?: (line: string) => void;
  /** The OpenID provider's port (the demo's is 4400, where `npm run token` asks). */
  readonly oidcPort?: number;
  /** DATABASE_POOL_SIZE of each region service. Default 9 (see DEFAULT_POOL_SIZE_PER_SERVICE). */
  readonly poolSizePerService?: number;
  /** Seconds a process has to answer /health/ready once it answers HTTP (120). */
  readonly readySeconds?: number;
  /** Seconds a process has to answer HTTP at all (600: a loaded shared machine). */
  readonly startSeconds?: number;
  /** The services' LOG_LEVEL (info). */
  readonly logLevel?: string;
  /** Aborting it while starting stops what was started and rejects (a Ctrl-C during the start). */
  readonly signal?: AbortSignal;
  /**
   * Node's own options for the services and the audit, before their bundle (`--cpu-prof`,
   * `--cpu-prof-dir=…` for the load bench's profile); not for the OpenID provider nor the build.
   */
  readonly nodeArgs?: readonly string[];
}

export interface JourneyProcess {
  /** `idf/jury`, `bre/candidate-registry`, `audit`, `oidc-provider`. */
  readonly name: string;
  /** Undefined while it is being started again, or once stopped. */
  readonly pid: number | undefined;
  readonly url: string;
  readonly log: string;
}

export interface RunningRegions {
  readonly endpoints: JourneyEndpoints;
  /** Whether this launch started the local Kafka broker (it was not running). */
  readonly kafkaStartedHere: boolean;
  /** Every process, with its current pid (a restart on EX_TEMPFAIL changes it). */
  readonly processes: () => readonly JourneyProcess[];
  /** The RSS of every running process now. */
  readonly rss: () => RssReading[];
  /** Peaks sampled every second since the processes started. */
  readonly peakRss: () => PeakRss;
  /** Stops every process and waits for their exits; drops fresh databases; `kafka: true` also stops a broker this launch started. */
  readonly stop: (options?: { readonly kafka?: boolean }) => Promise<void>;
}

const freeOf = async (ports: readonly number[]): Promise<void> => {
  const taken = (await Promise.all(ports.map(async (port) => ((await answers(`127.0.0.1:${port}`)) ? port : undefined)))).filter((port) => port !== undefined);
  if (taken.length > 0) throw new Error(`ports ${taken.join(', ')} are taken: another run of the journey (a demo?) still holds them; stop it, or choose another portBase`);
};

const build = (say: (line: string) => void): void => {
  say(`▶ Building ${BUILT_SERVICES.join(', ')} (nx build, cached: only what changed is rebuilt)`);
  try {
    execFileSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', '-p', BUILT_SERVICES.join(','), '--outputStyle=static'], {
      cwd: workspaceRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`nx build failed:\n${`${stdout ?? ''}${stderr ?? ''}`.split('\n').slice(-40).join('\n')}`);
  }
};

/**
 * Starts the two-region journey as built bundles (dist/apps/<service>/main.js with plain node): the
 * Kafka topics, both regions' databases, the local OpenID provider, idf's and bre's four services
 * each, and the audit reading all eight stores with its read-only role. Resolves once every service
 * answers /health/ready; on a failure, stops what it started and throws naming each service that is
 * not ready, why, and its log.
 */
export const startRegions = async (options: StartRegionsOptions): Promise<RunningRegions> => {
  const say = options.say ?? (() => undefined);
  const databasePrefix = checkedDatabasePrefix(options.databasePrefix);
  const ports = journeyPorts(options.portBase, options.oidcPort);
  const fresh = options.fresh ?? false;
  const logDir = resolve(workspaceRoot, options.logDir);
  mkdirSync(logDir, { recursive: true });
  const allPorts = [...JOURNEY_REGIONS.flatMap((region) => Object.values(ports.services[region])), ports.audit, ports.oidc];
  await freeOf(allPorts);
  if (options.build ?? true) build(say);

  options.signal?.throwIfAborted();
  say('▶ Kafka (infra/kafka/start when it is not running)');
  const kafka = await ensureKafka(workspaceRoot);
  const topicPrefix = fresh ? `${databasePrefix}.${randomBytes(4).toString('hex')}.` : '';
  await createJourneyTopics(kafka.brokers, topicPrefix);
  say(`  ${kafka.brokers}${kafka.startedHere ? ' (started now)' : ''}, topics ${topicPrefix ? `under ${topicPrefix}` : 'titrepro.*'}`);

  say(`▶ PostgreSQL databases ${databasePrefix}_{idf,bre}_*${fresh ? ' (fresh)' : ''} (infra/postgres/create-databases.mjs)`);
  await prepareJourneyDatabases(workspaceRoot, databasePrefix, fresh);

  options.signal?.throwIfAborted();
  const oidcIssuer = localUrl(ports.oidc);
  say(`▶ OpenID provider (infra/oidc/local-provider.mjs) on ${oidcIssuer}`);
  const provider = await startOpenIdProvider(workspaceRoot, ports.oidc, JOURNEY_REGIONS, join(logDir, 'oidc-provider.log'));

  const settings: LaunchSettings = {
    ports,
    databasePrefix,
    kafkaBrokers: kafka.brokers,
    topicPrefix,
    oidcIssuer,
    poolSizePerService: options.poolSizePerService ?? DEFAULT_POOL_SIZE_PER_SERVICE,
    logLevel: options.logLevel ?? 'info',
  };
  const supervised = (name: string, service: string, env: Record<string, string>): SupervisedProcess =>
    new SupervisedProcess({
      name,
      args: [...SERVICE_NODE_FLAGS, ...(options.nodeArgs ?? []), join('dist', 'apps', service, 'main.js')],
      cwd: workspaceRoot,
      env,
      log: join(logDir, `${name.replace('/', '-')}.log`),
      say,
    });
  const served: ServedProcess[] = [
    ...JOURNEY_REGIONS.flatMap((region) =>
      REGION_SERVICES.map((service) => ({ process: supervised(processName(region, service), service, serviceEnvironment(settings, region, service)), url: localUrl(ports.services[region][service]) })),
    ),
    { process: supervised('audit', 'audit', auditEnvironment(settings)), url: localUrl(ports.audit) },
  ];

  const processes = (): JourneyProcess[] => [
    ...served.map(({ process, url }) => ({ name: process.name, pid: process.pid, url, log: process.log })),
    { name: 'oidc-provider', pid: provider.pid, url: oidcIssuer, log: join(logDir, 'oidc-provider.log') },
  ];
  let stopped: Promise<void> | undefined;
  const sampler = new RssSampler(processes);
  const stop = (stopOptions: { readonly kafka?: boolean } = {}): Promise<void> =>
    (stopped ??= (async () => {
      sampler.stop();
      await Promise.all(served.map(({ process }) => process.stop()));
      await provider.stop();
      if (fresh) await dropJourneyDatabases(databasePrefix);
      if (stopOptions.kafka && kafka.startedHere) stopKafka(workspaceRoot);
    })());

  say(`▶ Services, as built bundles (logs in ${logDir})`);
  served.forEach(({ process }) => process.start());
  try {
    await waitUntilReady(served, { startSeconds: options.startSeconds ?? 600, readySeconds: options.readySeconds ?? 120, signal: options.signal }, say);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    endpoints: journeyEndpoints(ports, kafka.brokers, topicPrefix),
    kafkaStartedHere: kafka.startedHere,
    processes,
    rss: () => sampler.sample(),
    peakRss: () => sampler.peak(),
    stop,
  };
};

/**
 * `npm run bench -- volume [--events 1e6]`: a region's decade generated through the deciders into the
 * four services' stores, then rebuilt, verified and loaded from, against raw `readAll` of the same
 * stores in the same run (volume.suite.ts renders it).
 *
 * Databases: titrepro_volume_<service> and titrepro_volume_keys, dropped and created afresh, dropped
 * again at the end (`--keep` keeps them). Flags: `--events N` (BENCH_VOLUME_EVENTS; default 1e6),
 * `--concurrency N` appends side by side (4), `--generate-minutes M` stops generating earlier,
 * `--measure-minutes M` bounds each rebuild, verify and raw read (a measure cut short says so).
 */
import { AuditedStores } from '@titrepro/audit';
import type { PostgresEventStore } from '@titrepro/event-store';
import { openServiceParts, type ServiceParts } from '@titrepro/service-kit/reconciliation';
import { kafkaBrokers } from '@titrepro/testing';
import { join } from 'node:path';
import { Client } from 'pg';
import type { SuiteContext } from './suite';
import { generateRegion, type GenerationProgress } from './volume-generator';
import { loadCandidate, rateOf, rawReadAll, rebuildReadModel, verifyStore, type Rate } from './volume-measures';
import { SERVICES, type Service } from './volume-region';
import { whenServerHasRoom } from './volume-staging';

const SERVER = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'titrepro_volume';
const MILESTONES = [1e4, 1e5, 1e6, 1e7];
/** The candidate whose state is loaded at each milestone: the decade's first (its life long finished). */
const LOADED_CANDIDATE = 'c-1';
const workspaceRoot = join(__dirname, '..');

const databaseUrl = (name: string): string => {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
};
const databaseOf = (service: Service | 'keys'): string => `${PREFIX}_${service.replace(/-/g, '_')}`;

const recreateDatabases = async (drop: boolean): Promise<void> => {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    for (const name of [...SERVICES, 'keys' as const].map(databaseOf)) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (!drop) await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
};

/** A service's deployment, loaded by path as the tools load it (nothing imports an app). */
const openService = (service: Service): Promise<ServiceParts> => {
  const { serviceDefinition } = require(join(workspaceRoot, 'apps', service, 'src', 'service.definition')) as { serviceDefinition: Parameters<typeof openServiceParts>[0] };
  // Issuance signs nothing here, but its configuration asks for issuers: the tests' (never real keys).
  const issuers = service === 'document-issuance' ? (require(join(workspaceRoot, 'apps', service, 'src', 'testing', 'test-issuer-env')) as { TEST_ISSUER_ENV: Record<string, string> }).TEST_ISSUER_ENV : {};
  return openServiceParts(serviceDefinition, {
    ...process.env,
    ...issuers,
    REGION: 'idf',
    DATABASE_URL: databaseUrl(databaseOf(service)),
    KEY_STORE_URL: databaseUrl(databaseOf('keys')),
    KAFKA_BROKERS: kafkaBrokers().join(','),
    ALLOW_DEVELOPMENT_KEY: 'true',
    DATABASE_POOL_SIZE: '9',
    READ_MODEL_POOL_SIZE: '2',
  });
};

export interface LoadAtSize {
  readonly events: number;
  readonly totalMs: number;
  readonly floorMs?: number;
  readonly perFloor?: number;
  readonly byService: Record<string, { ms: number; events: number }>;
}

export interface VolumeFigures {
  readonly requestedEvents: number;
  readonly generation: Rate & { sessions: number; candidates: number; byService: Record<Service, number>; concurrency: number };
  readonly loads: readonly LoadAtSize[];
  readonly loadFlatness: number | null;
  /** The same, each load divided by the `SELECT 1` floor measured beside it (the machine's business taken out). */
  readonly loadFlatnessPerFloor?: number | null;
  readonly raw: Record<Service, Rate>;
  readonly rebuild: Record<Service, { total: Rate; ratioToRaw: number; readModels: Array<Rate & { projection: string }> }>;
  readonly verify: Record<Service, Rate & { ok: boolean; ratioToRaw: number }>;
  /** The whole region: events over the summed time of each measure, and the time a region's decade (12M) would take at that rate. */
  readonly region: { raw: Rate; rebuild: Rate & { ratioToRaw: number }; verify: Rate & { ratioToRaw: number }; decadeMinutes: { rebuild: number; verify: number; raw: number } };
  readonly goals: { decadeMinutes: number; loadFlatness: number };
  readonly measureBudgetMinutes: number | null;
}

const DECADE = 12_000_000;
const sum = (rates: readonly Rate[]): Rate => {
  const events = rates.reduce((total, each) => total + each.events, 0);
  const ms = rates.reduce((total, each) => total + each.ms, 0);
  return rateOf(events, ms, rates.every((each) => each.complete));
};
const ratioOf = (rate: Rate, raw: Rate): number => Math.round((rate.eventsPerSecond / Math.max(raw.eventsPerSecond, 1)) * 100) / 100;

export const runVolumeBench = async (context: SuiteContext): Promise<VolumeFigures> => {
  const requestedEvents = Math.round(context.number('events', Number(process.env['BENCH_VOLUME_EVENTS'] ?? 1e6)));
  const concurrency = context.number('concurrency', 4);
  const generateMinutes = context.number('generate-minutes', 0);
  const measureMinutes = context.number('measure-minutes', 0);
  const budgetMs = measureMinutes > 0 ? measureMinutes * 60_000 : Number.POSITIVE_INFINITY;
  const keep = context.flags['keep'] === 'true';
  await whenServerHasRoom(() => recreateDatabases(false));
  const parts = {} as Record<Service, ServiceParts>;
  try {
    for (const service of SERVICES) parts[service] = await whenServerHasRoom(() => openService(service));
    const stores = Object.fromEntries(SERVICES.map((service) => [service, parts[service].store])) as Record<Service, PostgresEventStore>;

    // 1. Generate, loading the first candidate each time the region crosses a power of ten.
    const loads: LoadAtSize[] = [];
    const pending = MILESTONES.filter((milestone) => milestone <= requestedEvents);
    let lastSaid = 0;
    const afterFlush = async (progress: GenerationProgress): Promise<void> => {
      if (Date.now() - lastSaid > 20_000) {
        lastSaid = Date.now();
        context.say(`  generated ${progress.events} events (${progress.sessions} sessions, ${progress.candidates} candidates), ${Math.round((progress.events * 1000) / progress.elapsedMs)} events/s`);
      }
      while (pending.length > 0 && progress.events >= (pending[0] ?? Infinity)) {
        pending.shift();
        const load = await whenServerHasRoom(() => loadCandidate(stores, LOADED_CANDIDATE, 21));
        loads.push({ events: progress.events, ...load });
        context.say(`  load of ${LOADED_CANDIDATE} at ${progress.events} events: ${load.totalMs} ms (${JSON.stringify(load.byService)})`);
      }
    };
    context.say(`generating a region of ${requestedEvents} events through the deciders (${concurrency} appends side by side)…`);
    const generated = await generateRegion({ stores, events: requestedEvents, concurrency, afterFlush, ...(generateMinutes > 0 ? { stopAt: Date.now() + generateMinutes * 60_000 } : {}) });
    const generatedEvents = SERVICES.reduce((total, service) => total + generated.byService[service], 0);
    const generation = { ...rateOf(generatedEvents, generated.elapsedMs, generatedEvents >= requestedEvents), sessions: generated.sessions, candidates: generated.counters.candidates, byService: generated.byService, concurrency };
    context.say(`generated ${generatedEvents} events in ${Math.round(generated.elapsedMs / 1000)} s: ${generation.eventsPerSecond} events/s`);
    if (loads.at(-1)?.events !== generatedEvents) loads.push({ events: generatedEvents, ...(await whenServerHasRoom(() => loadCandidate(stores, LOADED_CANDIDATE, 21))) });

    // 2. Per store: the raw floor, the audit's verify, every read model rebuilt.
    const raw = {} as Record<Service, Rate>;
    const verify = {} as VolumeFigures['verify'];
    const rebuild = {} as VolumeFigures['rebuild'];
    const audited = await whenServerHasRoom(() => AuditedStores.open(SERVICES.map((service) => ({ region: 'idf', service, url: databaseUrl(databaseOf(service)) }))));
    try {
      for (const service of SERVICES) {
        raw[service] = await whenServerHasRoom(() => rawReadAll(stores[service], budgetMs));
        context.say(`raw readAll ${service}: ${raw[service].events} events, ${raw[service].eventsPerSecond} events/s`);
        const verified = await whenServerHasRoom(() => verifyStore(audited, service, budgetMs));
        verify[service] = { ...verified, ratioToRaw: ratioOf(verified, raw[service]) };
        context.say(`verify ${service}: ${verified.events} events, ${verified.eventsPerSecond} events/s (${verify[service].ratioToRaw}× raw)${verified.ok ? '' : ' BROKEN'}`);
        const readModels: Array<Rate & { projection: string }> = [];
        for (const projection of parts[service].projections) {
          const rebuilt = await whenServerHasRoom(() => rebuildReadModel(parts[service], projection.name, budgetMs, context.say));
          readModels.push(rebuilt);
          context.say(`rebuild ${service}/${projection.name}: ${rebuilt.events} events, ${rebuilt.eventsPerSecond} events/s${rebuilt.complete ? '' : ' (cut short)'}`);
        }
        const total = sum(readModels);
        rebuild[service] = { total, ratioToRaw: ratioOf(total, raw[service]), readModels };
      }
    } finally {
      await audited.close();
    }
    const regionRaw = sum(SERVICES.map((service) => raw[service]));
    const regionRebuild = sum(SERVICES.map((service) => rebuild[service].total));
    const regionVerify = sum(SERVICES.map((service) => verify[service]));
    const minutesFor = (rate: Rate) => Math.round((DECADE / Math.max(rate.eventsPerSecond, 1) / 60) * 10) / 10;
    const flatness = (values: readonly number[]): number | null => (values.length > 1 ? Math.round((Math.max(...values) / Math.max(Math.min(...values), 0.001)) * 100) / 100 : null);
    return {
      requestedEvents,
      generation,
      loads,
      loadFlatness: flatness(loads.map((load) => load.totalMs)),
      loadFlatnessPerFloor: flatness(loads.map((load) => load.perFloor ?? NaN).filter(Number.isFinite)),
      raw,
      rebuild,
      verify,
      region: {
        raw: regionRaw,
        rebuild: { ...regionRebuild, ratioToRaw: ratioOf(regionRebuild, regionRaw) },
        verify: { ...regionVerify, ratioToRaw: ratioOf(regionVerify, regionRaw) },
        decadeMinutes: { rebuild: minutesFor(regionRebuild), verify: minutesFor(regionVerify), raw: minutesFor(regionRaw) },
      },
      goals: { decadeMinutes: 10, loadFlatness: 1.5 },
      measureBudgetMinutes: measureMinutes > 0 ? measureMinutes : null,
    };
  } finally {
    for (const service of SERVICES) await parts[service]?.close();
    if (!keep) await whenServerHasRoom(() => recreateDatabases(true));
  }
};

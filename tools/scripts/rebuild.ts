// `npm run rebuild -- <service> <projection|all> [--region idf] [--batch 5000] [--partitions 1]`: rebuilds one read
// model of a running deployment (or, with `all`, each of its read models in turn) from its events into
// new tables and switches over when they have caught up (the kit's rebuildInShadow, rebuildReadModels);
// the service keeps answering reads from the old tables meanwhile. Prints a progress bar with the rate and the time left on stderr, then one summary line.
// Exit 0: switched; 1: the rebuild failed (the old tables are untouched); 2: it could not start.
//
// The deployment is opened as `npm run reconcile` opens it: the variables the service runs with,
// DATABASE_URL naming the server (service S of region R is titrepro_<R>_<S>) unless REBUILD_DATABASE_URL
// names the service's database, KEY_STORE_URL likewise (titrepro_<R>_keys). Nothing else is started.
// --partitions N: N transactions side by side, by stream, only for a projection whose streams write
// rows no other stream writes (see rebuildInShadow).
import { openServiceParts, type ServiceParts } from '@titrepro/service-kit/reconciliation';
import { rebuildInShadow, shadowRebuildProgressLine, type ShadowRebuildProgress } from '@titrepro/service-kit';
import { join } from 'node:path';

const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
const workspaceRoot = join(__dirname, '..', '..');

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const positional = (): string[] => process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));

const databaseOn = (server: string, name: string): string => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

/** The app's definition, loaded by path: a tool may not import an app (module boundaries). */
const open = (service: string, region: string): Promise<ServiceParts> => {
  const { serviceDefinition } = require(join(workspaceRoot, 'apps', service, 'src', 'service.definition')) as { serviceDefinition: Parameters<typeof openServiceParts>[0] };
  const server = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  return openServiceParts(serviceDefinition, {
    ...process.env,
    ...(process.env['AUTH_SECRET'] || process.env['AUTH_PUBLIC_KEY'] ? {} : { ALLOW_DEVELOPMENT_KEY: 'true' }),
    REGION: region,
    DATABASE_URL: process.env['REBUILD_DATABASE_URL'] ?? databaseOn(server, `titrepro_${region}_${service.replace(/-/g, '_')}`),
    KEY_STORE_URL: process.env['REBUILD_KEY_STORE_URL'] ?? process.env['KEY_STORE_URL'] ?? databaseOn(server, `titrepro_${region}_keys`),
  });
};

/** On a terminal, one line rewritten in place; otherwise a line every few seconds. */
const progressPrinter = (): ((progress: ShadowRebuildProgress) => void) => {
  let last = 0;
  return (progress) => {
    const line = shadowRebuildProgressLine(progress);
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}\u001b[K${progress.phase === 'done' ? '\n' : ''}`);
      return;
    }
    if (progress.phase !== 'copying' || Date.now() - last >= 2_000) {
      last = Date.now();
      process.stderr.write(`${line}\n`);
    }
  };
};

const main = async (): Promise<number> => {
  const [service, projectionName] = positional();
  const region = option('region') ?? process.env['REGION'] ?? 'idf';
  if (!service || !projectionName || !(SERVICES as readonly string[]).includes(service)) {
    process.stderr.write(`usage: npm run rebuild -- <${SERVICES.join('|')}> <projection|all> [--region R] [--batch N] [--partitions N]\n`);
    return 2;
  }
  const parts = await open(service, region);
  let current = projectionName;
  try {
    const chosen = projectionName === 'all' ? parts.projections : parts.projections.filter((each) => each.name === projectionName);
    if (chosen.length === 0) {
      process.stderr.write(`rebuild: ${service} has no projection ${projectionName} (it has: ${parts.projections.map((each) => each.name).join(', ') || 'none'})\n`);
      return 2;
    }
    const batch = option('batch');
    const partitions = option('partitions');
    for (const projection of chosen) {
      current = projection.name;
      const outcome = await rebuildInShadow({
        dataSource: parts.dataSource,
        store: parts.store,
        projection,
        onProgress: progressPrinter(),
        ...(batch ? { batchSize: Number(batch) } : {}),
        ...(partitions ? { partitions: Number(partitions) } : {}),
      });
      process.stdout.write(
        `rebuilt ${service}/${region} ${outcome.projection}: ${outcome.events} events in ${(outcome.elapsedMs / 1000).toFixed(1)} s (${Math.round(outcome.eventsPerSecond)} events/s), switched in at position ${outcome.position}, ${outcome.parked} parked\n`,
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`\nrebuild of ${current} failed, its old tables are untouched: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await parts.close();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`rebuild: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);

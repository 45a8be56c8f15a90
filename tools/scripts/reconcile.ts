// `npm run reconcile`: compares, per service and region, what should agree (the store's hash chains,
// the relay's checkpoint with the store and Kafka, each consumer's offsets and inbox with its topics,
// each projection's rows with a fold of its events, the documents with the juries' awards) and
// prints the drift. Exit 0: no drift; 1: drift; 2: could not reconcile.
//
//   npm run reconcile -- [--regions idf,bre] [--services jury,document-issuance] [--verbose]
//
// Each deployment is opened with the variables its service runs with (process.env), plus:
//   DATABASE_URL       the server; service S of region R reads titrepro_<R>_<S> (as infra/postgres
//                      names them), unless RECONCILE_DATABASE_URLS names it: `S/R=postgres://…,…`
//   KEY_STORE_URL      titrepro_<R>_keys on that server, unless RECONCILE_KEY_STORE_URLS names it
//   KAFKA_BROKERS, KAFKA_TOPIC_PREFIX and the Kafka security variables, as for the services.
// Nothing is started: no relay, consumer, projection runner or HTTP listener; the fold of each
// projection runs in a transaction that is rolled back.
import { driftLine, noteLine, reconcile, type DeploymentToReconcile, type ServiceCheck } from '@titrepro/service-kit/reconciliation';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
const workspaceRoot = join(__dirname, '..', '..');

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const listOf = (value: string | undefined, fallback: readonly string[]): string[] => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : [...fallback]);

/** `S/R=url,…` → url per `S/R`. */
const urlsOf = (variable: string | undefined): Map<string, string> =>
  new Map(
    (variable ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const at = entry.indexOf('=');
        return [entry.slice(0, at), entry.slice(at + 1)] as [string, string];
      }),
  );

const databaseOn = (server: string, name: string): string => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * The app's definition and its own checks, loaded by path as the demo starts the apps by path: a
 * tool may not import an app (module boundaries), and it operates them.
 */
const deploymentOf = (service: string, region: string, env: NodeJS.ProcessEnv): DeploymentToReconcile => {
  const source = join(workspaceRoot, 'apps', service, 'src');
  const { serviceDefinition } = require(join(source, 'service.definition')) as { serviceDefinition: DeploymentToReconcile['definition'] };
  const checksFile = join(source, 'reconciliation', 'index.ts');
  const checks = existsSync(checksFile) ? (require(checksFile) as { reconciliationChecks: readonly ServiceCheck[] }).reconciliationChecks : [];
  return { definition: serviceDefinition, env, checks };
};

const main = async (): Promise<number> => {
  const regions = listOf(option('regions') ?? process.env['RECONCILE_REGIONS'], ['idf', 'bre']);
  const services = listOf(option('services') ?? process.env['RECONCILE_SERVICES'], SERVICES);
  const unknown = services.filter((service) => !(SERVICES as readonly string[]).includes(service));
  if (unknown.length > 0) throw new Error(`unknown service(s): ${unknown.join(', ')} (known: ${SERVICES.join(', ')})`);
  const server = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databases = urlsOf(process.env['RECONCILE_DATABASE_URLS']);
  const keyStores = urlsOf(process.env['RECONCILE_KEY_STORE_URLS']);
  const deployments = regions.flatMap((region) =>
    services.map((service) =>
      deploymentOf(service, region, {
        ...process.env,
        // Nothing listens: the signing key only lets the service's config load.
        ...(process.env['AUTH_SECRET'] || process.env['AUTH_PUBLIC_KEY'] ? {} : { ALLOW_DEVELOPMENT_KEY: 'true' }),
        REGION: region,
        DATABASE_URL: databases.get(`${service}/${region}`) ?? databaseOn(server, `titrepro_${region}_${service.replace(/-/g, '_')}`),
        KEY_STORE_URL: keyStores.get(`${service}/${region}`) ?? process.env['KEY_STORE_URL'] ?? databaseOn(server, `titrepro_${region}_keys`),
      }),
    ),
  );
  const verbose = process.argv.includes('--verbose');
  const report = await reconcile(deployments, (line) => verbose && process.stdout.write(`▶ ${line}\n`));
  if (verbose) for (const note of report.notes) process.stdout.write(`${noteLine(note)}\n`);
  for (const drift of report.drift) process.stdout.write(`${driftLine(drift)}\n`);
  process.stdout.write(`${report.drift.length === 0 ? 'no drift' : `${report.drift.length} drift(s)`} across ${deployments.length} deployment(s)\n`);
  return report.drift.length === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`reconcile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);

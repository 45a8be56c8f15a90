/**
 * Benchmark dispatcher: `npm run bench -- <name>` runs one benchmark, `npm run bench` runs them all.
 * Each benchmark prints its table and writes bench/results/<name>.json.
 */
import { runEventStoreBench } from './event-store.bench';

type Bench = () => Promise<void>;

/** Loads a benchmark module only when it runs (the relay bench pulls in Kafka clients). */
const lazily =
  <Module>(load: () => Module, pick: (module: Module) => Bench): Bench =>
  () =>
    pick(load())();

/** Registered benchmarks, run in this order when no name is given. */
const benches: Record<string, Bench> = {
  'event-store': runEventStoreBench,
  relay: lazily(() => require('./relay') as typeof import('./relay'), (module) => module.runRelayBench),
  dspp: lazily(() => require('./dspp') as typeof import('./dspp'), (module) => module.runDsppBench),
  jury: lazily(() => require('./jury') as typeof import('./jury'), (module) => module.runJuryBench),
  projection: lazily(() => require('./projection') as typeof import('./projection'), (module) => module.runProjectionBench),
  issuance: lazily(() => require('./issuance') as typeof import('./issuance'), (module) => module.runIssuanceBench),
  audit: lazily(() => require('./audit') as typeof import('./audit'), (module) => module.runAuditBench),
};

const main = async (): Promise<void> => {
  const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = requested.filter((name) => !(name in benches));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}\n`);
    process.exit(2);
  }
  for (const name of requested.length > 0 ? requested : Object.keys(benches)) {
    const bench = benches[name];
    if (!bench) continue;
    process.stdout.write(`\n# ${name}\n`);
    await bench();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

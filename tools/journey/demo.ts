// `npm run demo`: two regional offices (idf, bre), each with its four services, the audit and the
// local OpenID provider, as built bundles on one Kafka; then the demo's scenario through the public
// APIs, its summary, and everything stays up, listed with its URLs, until Ctrl-C.
// `npm run demo -- --check` runs the same, checks every outcome and exits 0 (all as expected) or 1.
// DEMO_START_SECONDS (600) for a service to answer HTTP at all, DEMO_READY_SECONDS (120) then to be ready.
// DEMO_PORT_BASE and DEMO_DATABASE_PREFIX run a second copy beside the demo (ports base+1…, its OpenID
// provider on base+99 instead of 4400; databases <prefix>_<region>_*).
import { startRegions, type RunningRegions } from './launch';
import { demoListing, memoryLines } from './demo/listing';
import { runDemoScenario } from './demo/scenario';

const checkOnly = process.argv.includes('--check');
const databasePrefix = process.env['DEMO_DATABASE_PREFIX'] ?? 'titrepro';
const say = (line: string): void => void process.stdout.write(`${line}\n`);

let running: RunningRegions | undefined;
let stopping = false;
/** A Ctrl-C while the services start: startRegions stops what it started. */
const starting = new AbortController();
const stopAndExit = async (code: number): Promise<never> => {
  stopping = true;
  await running?.stop({ kafka: true });
  process.exit(code);
};

const onSignal = () => {
  if (stopping) process.exit(130);
  say('\n▶ Stopping (Ctrl-C again to leave at once)');
  if (running) void stopAndExit(0);
  else starting.abort(new Error('stopped by a signal while starting'));
};

const main = async (): Promise<void> => {
  const began = Date.now();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  running = await startRegions({
    portBase: Number(process.env['DEMO_PORT_BASE'] ?? 3100),
    databasePrefix,
    logDir: databasePrefix === 'titrepro' ? 'tmp/demo' : `tmp/demo-${databasePrefix}`,
    // Where `npm run token` asks (LOCAL_OIDC_ISSUER).
    ...(process.env['DEMO_PORT_BASE'] ? {} : { oidcPort: 4400 }),
    say,
    startSeconds: Number(process.env['DEMO_START_SECONDS'] ?? 600),
    readySeconds: Number(process.env['DEMO_READY_SECONDS'] ?? 120),
    signal: starting.signal,
  });
  say(`  every service ready ${((Date.now() - began) / 1000).toFixed(0)} s after the start`);
  const outcome = await runDemoScenario(running.endpoints, databasePrefix, say);
  say(`\n${outcome.table}`);
  say(`\n${outcome.broken.length === 0 ? '✔ every outcome as expected' : `✖ not as expected:\n${outcome.broken.map((line) => `  - ${line}`).join('\n')}`} (${((Date.now() - began) / 1000).toFixed(0)} s from the start)`);
  say('');
  for (const line of memoryLines(running)) say(line);
  if (checkOnly) return stopAndExit(outcome.broken.length === 0 ? 0 : 1);
  for (const line of demoListing(running, outcome)) say(line);
};

main().catch(async (error: unknown) => {
  say(`✖ ${error instanceof Error ? error.message : String(error)}`);
  await stopAndExit(1);
});

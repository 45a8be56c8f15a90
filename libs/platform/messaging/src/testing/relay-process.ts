/**
 * A relay in a process of its own, for tests that SIGKILL it. Started with
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register libs/platform/messaging/src/testing/relay-process.ts
 * and configured by RELAY_DATABASE_URL, RELAY_KAFKA_BROKERS, RELAY_TOPIC, RELAY_NAME (and
 * optionally RELAY_CATEGORY, RELAY_BATCH_SIZE). Prints one JSON
 * line per state change (`{"state":"leader"}`) on stdout. Stops gracefully on SIGTERM.
 */
import { PostgresEventStore } from '@titrepro/event-store';
import { createKafka } from '../kafka/create-kafka';
import { stderrLogger } from '../messaging-logger';
import { Relay } from '../relay/relay';
import { migrateMessagingTables } from '../schema/messaging-tables';
import { stopOnSignals } from '../shutdown/stop-on-signals';
import { sequenceMapper } from './sequence-contract';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const database = required('RELAY_DATABASE_URL');
  const topic = required('RELAY_TOPIC');
  const logger = stderrLogger(`relay-process-${process.pid}`);
  const store = await PostgresEventStore.create({ connectionString: database, migrate: false, pollIntervalMs: 200 });
  await migrateMessagingTables(store.pool);
  const relay = new Relay({
    name: required('RELAY_NAME'),
    eventStore: store,
    database,
    kafka: createKafka({ brokers: required('RELAY_KAFKA_BROKERS').split(','), clientId: `relay-${process.pid}` }),
    map: sequenceMapper,
    ...(process.env['RELAY_CATEGORY'] ? { category: process.env['RELAY_CATEGORY'] } : {}),
    topicOf: () => topic,
    batchSize: Number(process.env['RELAY_BATCH_SIZE'] ?? 200),
    electionIntervalMs: 250,
    restartDelayMs: 250,
    logger,
    onStateChange: (state) => process.stdout.write(`${JSON.stringify({ state, pid: process.pid })}\n`),
  });
  stopOnSignals([relay, { stop: () => store.close() }], { onError: (error) => logger.error('stop failed', { error: String(error) }) });
  relay.start();
};

main().catch((error: unknown) => {
  process.stderr.write(`relay-process: ${String(error)}\n`);
  process.exit(1);
});

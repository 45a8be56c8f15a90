/**
 * `npm run bench -- projection`: the rate at which a projection applies the log, from an empty
 * checkpoint to the head: the runner as the services run it (leader election, pages of the store's
 * subscription, one transaction per page with the checkpoint, an upsert per event). Measured from
 * the moment it leads until its position reaches the head. Its figures go to bench/results/projection.json.
 *
 * Settings: BENCH_PROJECTION_EVENTS (20,000), BENCH_PROJECTION_STREAMS (400), BENCH_PROJECTION_ROUNDS (5),
 * TEST_DATABASE_URL / DATABASE_URL.
 */
import { defineEvent, eventCatalogueOf, type DomainEvent } from '@titrepro/domain-kernel';
import { PostgresEventStore, runSqlMigrations, type NewEvent } from '@titrepro/event-store';
import { defineProjection, KIT_SCHEMA, kitMigrations, ProjectionRunner } from '@titrepro/service-kit';
import { createTestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { z } from 'zod';

const settings = {
  events: Number(process.env['BENCH_PROJECTION_EVENTS'] ?? 20_000),
  streams: Number(process.env['BENCH_PROJECTION_STREAMS'] ?? 400),
  rounds: Number(process.env['BENCH_PROJECTION_ROUNDS'] ?? 5),
};

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

type Counted = DomainEvent<'Counted', { readonly counter: string; readonly value: number }>;
const events = eventCatalogueOf<Counted>({
  Counted: defineEvent<Counted>({
    type: 'Counted',
    schemaVersion: 1,
    schema: z.object({ counter: z.string(), value: z.number().int() }),
    describe: (data) => ({ fr: `${data.counter} = ${data.value}`, en: `${data.counter} = ${data.value}` }),
  }),
});

const counters = (name: string) =>
  defineProjection<Counted>({
    name,
    category: 'counter',
    events,
    tables: ['bench_counters'],
    apply: async (manager, event) => {
      await manager.query(
        `INSERT INTO bench_counters (projection, counter, value) VALUES ($1, $2, $3)
         ON CONFLICT (projection, counter) DO UPDATE SET value = EXCLUDED.value`,
        [name, event.data.counter, event.data.value],
      );
    },
  });

const fillStore = async (store: PostgresEventStore): Promise<void> => {
  const perStream = Math.ceil(settings.events / settings.streams);
  const chunk = 25;
  for (let from = 0; from < perStream; from += chunk) {
    const size = Math.min(chunk, perStream - from);
    let next = 0;
    const worker = async () => {
      while (next < settings.streams) {
        const counter = `c${next++}`;
        const batch: NewEvent[] = Array.from({ length: size }, (_, offset) => ({
          eventId: randomUUID(),
          type: 'Counted',
          schemaVersion: 1,
          data: { counter, value: from + offset },
          metadata: { occurredAt: new Date().toISOString(), correlationId: randomUUID(), causationId: null, actor: { subject: 'bench', role: 'service' }, region: 'idf' },
        }));
        await store.appendToStream(`counter-${counter}`, batch);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }
};

/** One projection from the start of the log to the head: events per second while leading. */
const round = async (store: PostgresEventStore, dataSource: DataSource, url: string, head: number, index: number): Promise<number> => {
  const runner = new ProjectionRunner({ projection: counters(`bench_${index}`), store, dataSource, database: url });
  const started = performance.now();
  runner.start();
  let ledAt: number | undefined;
  for (;;) {
    const status = runner.status();
    if (ledAt === undefined && status.state === 'leader') ledAt = performance.now();
    if (status.position >= head) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const elapsed = performance.now() - (ledAt ?? started);
  await runner.stop();
  return (head / elapsed) * 1000;
};

export const runProjectionBench = async () => {
  const database = await createTestDatabase('bench_projection');
  const store = await PostgresEventStore.create({ connectionString: database.url });
  const dataSource = new DataSource({ type: 'postgres', url: database.url });
  try {
    await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE bench_counters (projection text NOT NULL, counter text NOT NULL, value int NOT NULL, PRIMARY KEY (projection, counter))');
    const started = performance.now();
    await fillStore(store);
    const head = await store.stablePosition();
    log(`  appended ${head.toLocaleString('en-US')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const rates: number[] = [];
    for (let index = 0; index <= settings.rounds; index += 1) {
      const rate = await round(store, dataSource, database.url, head, index);
      if (index > 0) rates.push(rate);
      log(`  round ${index}${index === 0 ? ' (warm-up)' : ''}: ${Math.round(rate).toLocaleString('en-US')} events/s`);
    }
    const rate = median(rates);
    log('');
    log(`| workload | projection |`);
    log(`|---|---:|`);
    log(`| ${head.toLocaleString('en-US')} events, ${settings.streams} streams, one upsert each | ${Math.round(rate).toLocaleString('en-US')} events/s (median of ${settings.rounds}) |`);
    return { events: head, settings, samples: rates, median: rate };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await store.close();
    await database.drop();
  }
};

import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import type { RecordedEvent } from '../port/events';
import { postgresContractTarget } from './postgres-contract-target';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL: batched subscriptions', () => {
  const target = postgresContractTarget('es_sub_batch');
  let store: PostgresEventStore;

  beforeAll(async () => {
    await target.setup();
    store = await PostgresEventStore.create({ connectionString: target.database().url, subscriptionBatchSize: 4, pollIntervalMs: 200 });
  });
  afterAll(async () => {
    await store.close();
    await target.teardown();
  });

  it('delivers each page of the stable log, at most subscriptionBatchSize events, as one handleBatch call', async () => {
    const category = uniqueCategory('page');
    await store.appendToStream(uniqueStream(category), Array.from({ length: 6 }, (_, i) => newEvent('Paged', { i })));
    await store.appendToStream(uniqueStream(category), Array.from({ length: 4 }, (_, i) => newEvent('Paged', { i: 6 + i })));
    const batches: RecordedEvent[][] = [];
    let allIn: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (allIn = resolve));
    const subscription = store.subscribe({
      category,
      handleBatch: async (events) => {
        batches.push([...events]);
        if (batches.flat().length === 10) allIn();
      },
    });
    await done;
    await subscription.stop();
    expect(batches.map((batch) => batch.length)).toEqual([4, 4, 2]);
    expect(batches.flat().map((e) => e.data['i'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

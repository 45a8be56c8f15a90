import { newEvent } from '../contract/contract-target';
import type { SubscriptionOptions } from '../port/event-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// These refusals happen before any call to the server, so they are checked without one.
describe('EventStoreDB adapter: options it refuses before reaching the server', () => {
  const store = EventStoreDbEventStore.create({ connectionString: 'esdb://127.0.0.1:1?tls=false' });
  afterAll(() => store.close());

  it('rejects a transaction on appendToStream and on readStream (EventStoreDB has none to join)', async () => {
    await expect(store.appendToStream('tally-1', [newEvent('A', {})], { transaction: {} })).rejects.toThrow(TypeError);
    await expect(store.readStream('tally-1', { transaction: {} })).rejects.toThrow(TypeError);
  });

  it('refuses subscription options with both handler and handleBatch, or neither', () => {
    const both = { handler: async () => undefined, handleBatch: async () => undefined } as unknown as SubscriptionOptions;
    expect(() => store.subscribe(both)).toThrow(TypeError);
    expect(() => store.subscribe({} as unknown as SubscriptionOptions)).toThrow(TypeError);
  });
});

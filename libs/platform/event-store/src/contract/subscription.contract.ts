import type { EventStore, Subscription, SubscriptionOptions } from '../port/event-store';
import type { RecordedEvent } from '../port/events';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

/** Collects events until `count` of them satisfy `keep`. */
const collect = (keep: (e: RecordedEvent) => boolean, count: number) => {
  const received: RecordedEvent[] = [];
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  const handler = async (event: RecordedEvent): Promise<void> => {
    if (!keep(event)) return;
    received.push(event);
    if (received.length === count) resolve();
  };
  return { received, done, handler };
};

export const subscriptionContract = (store: () => EventStore): void => {
  describe('catch-up subscriptions', () => {
    let subscription: Subscription | undefined;
    afterEach(async () => {
      await subscription?.stop();
      subscription = undefined;
    });

    it('delivers the events after the checkpoint, then the ones appended later, each once and in global order', async () => {
      const category = uniqueCategory('sub');
      const streamId = uniqueStream(category);
      const { positions } = await store().appendToStream(streamId, [newEvent('Before', { i: 0 }), newEvent('Before', { i: 1 })]);
      const checkpoint = positions[0] ?? 0;
      const sink = collect((e) => e.streamId === streamId, 3);
      subscription = store().subscribe({ after: checkpoint, handler: sink.handler });
      await store().appendToStream(streamId, [newEvent('After', { i: 2 })]);
      await store().appendToStream(streamId, [newEvent('After', { i: 3 })]);
      await sink.done;
      expect(sink.received.map((e) => e.data['i'])).toEqual([1, 2, 3]);
      const order = sink.received.map((e) => e.globalPosition);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      await subscription.stop();
      expect(subscription.position()).toBe(order[2]);
    });

    it('delivers only the events of its category', async () => {
      const category = uniqueCategory('subcat');
      const noise = uniqueCategory('noise');
      const sink = collect(() => true, 2);
      subscription = store().subscribe({ category, handler: sink.handler });
      await store().appendToStream(uniqueStream(category), [newEvent('Wanted', { i: 1 })]);
      await store().appendToStream(uniqueStream(noise), [newEvent('Unwanted', {})]);
      await store().appendToStream(uniqueStream(category), [newEvent('Wanted', { i: 2 })]);
      await sink.done;
      expect(sink.received.map((e) => [e.type, e.data['i']])).toEqual([
        ['Wanted', 1],
        ['Wanted', 2],
      ]);
    });

    it('hands batches to handleBatch: each event once, in global order, position() at the last event of the batch once it resolved', async () => {
      const category = uniqueCategory('subbatch');
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, Array.from({ length: 5 }, (_, i) => newEvent('Paged', { i })));
      const batches: RecordedEvent[][] = [];
      const positionAtStart: number[] = [];
      let allIn: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (allIn = resolve));
      // Called only after subscribe returned: both adapters deliver asynchronously.
      const batched: Subscription = store().subscribe({
        category,
        handleBatch: async (events) => {
          positionAtStart.push(batched.position());
          batches.push([...events]);
          if (batches.flat().length === 8) allIn();
        },
      });
      subscription = batched;
      await store().appendToStream(streamId, [newEvent('Paged', { i: 5 }), newEvent('Paged', { i: 6 })]);
      await store().appendToStream(streamId, [newEvent('Paged', { i: 7 })]);
      await done;
      await batched.stop();
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
      expect(batches.flat().map((e) => e.data['i'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const lastOf = batches.map((batch) => batch[batch.length - 1]?.globalPosition);
      expect(positionAtStart).toEqual([0, ...lastOf.slice(0, -1)]);
      expect(batched.position()).toBe(lastOf[lastOf.length - 1]);
    });

    it('stops at a failing handleBatch and reports the error', async () => {
      const category = uniqueCategory('subbatchfail');
      const failed = new Promise<unknown>((resolve) => {
        subscription = store().subscribe({
          category,
          handleBatch: async () => {
            throw new Error('batch broke');
          },
          onError: resolve,
        });
      });
      await store().appendToStream(uniqueStream(category), [newEvent('Boom', {})]);
      expect(await failed).toEqual(new Error('batch broke'));
      expect(subscription?.position()).toBe(0);
    });

    it('refuses options with both handler and handleBatch, or neither', () => {
      const both = { handler: async () => undefined, handleBatch: async () => undefined } as unknown as SubscriptionOptions;
      expect(() => store().subscribe(both)).toThrow(TypeError);
      expect(() => store().subscribe({ category: 'none' } as unknown as SubscriptionOptions)).toThrow(TypeError);
    });

    it('stops at a failing handler and reports the error', async () => {
      const category = uniqueCategory('subfail');
      let reported: unknown;
      const failed = new Promise<void>((resolve) => {
        subscription = store().subscribe({
          category,
          handler: async () => {
            throw new Error('projection broke');
          },
          onError: (error) => {
            reported = error;
            resolve();
          },
        });
      });
      await store().appendToStream(uniqueStream(category), [newEvent('Boom', {})]);
      await failed;
      expect(reported).toEqual(new Error('projection broke'));
    });
  });
};

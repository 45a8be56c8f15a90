import type { EventStore } from '../port/event-store';
import { IdempotencyConflictError, WrongExpectedRevisionError } from '../port/expected-revision';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

const rejection = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

export const appendContract = (store: () => EventStore): void => {
  const category = uniqueCategory('append');

  describe('appendToStream', () => {
    it('creates a stream with no_stream and returns the next revision and the global positions', async () => {
      const streamId = uniqueStream(category);
      const result = await store().appendToStream(streamId, [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })], { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1);
      expect(result.positions).toHaveLength(2);
      expect(result.positions[1]).toBeGreaterThan(result.positions[0] ?? Infinity);
      const events = await store().readStream(streamId);
      expect(events.map((e) => [e.revision, e.type, e.globalPosition])).toEqual([
        [0, 'A', result.positions[0]],
        [1, 'B', result.positions[1]],
      ]);
    });

    it('appends at the exact expected revision and refuses another one with the expected and actual revisions', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {})], { expectedRevision: 'no_stream' });
      await expect(store().appendToStream(streamId, [newEvent('B', {})], { expectedRevision: 0 })).resolves.toMatchObject({ nextExpectedRevision: 1 });
      const error = await rejection(store().appendToStream(streamId, [newEvent('C', {})], { expectedRevision: 0 }));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 0, actual: 1 });
    });

    it('refuses no_stream on an existing stream and stream_exists on a missing one', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {})]);
      await expect(store().appendToStream(streamId, [newEvent('B', {})], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 'no_stream',
        actual: 0,
      });
      await expect(store().appendToStream(uniqueStream(category), [newEvent('B', {})], { expectedRevision: 'stream_exists' })).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 'stream_exists',
        actual: -1,
      });
      await expect(store().appendToStream(streamId, [newEvent('C', {})], { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
        nextExpectedRevision: 1,
      });
    });

    it('appends with any whatever the stream holds', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {})], { expectedRevision: 'any' });
      await expect(store().appendToStream(streamId, [newEvent('B', {})])).resolves.toMatchObject({ nextExpectedRevision: 1 });
    });

    it('accepts the same event ids again without storing them twice', async () => {
      const streamId = uniqueStream(category);
      const batch = [newEvent('A', { n: 1 }), newEvent('B', { n: 2 })];
      const first = await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
      const again = await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
      expect(again.positions).toEqual(first.positions);
      expect(again.nextExpectedRevision).toBe(1);
      expect((await store().readStream(streamId)).map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
    });

    it('refuses an event id already stored in the stream with other content', async () => {
      const streamId = uniqueStream(category);
      const original = newEvent('A', { n: 1 });
      await store().appendToStream(streamId, [original]);
      const error = await rejection(store().appendToStream(streamId, [{ ...original, data: { n: 2 } }]));
      expect(error).toBeInstanceOf(IdempotencyConflictError);
      expect(error).toMatchObject({ streamId, eventId: original.eventId });
      expect(await store().readStream(streamId)).toHaveLength(1);
    });

    it('lets exactly one of 50 concurrent appends at the same expected revision succeed', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {})], { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => store().appendToStream(streamId, [newEvent('Raced', { i })], { expectedRevision: 0 })),
      );
      const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(succeeded).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const error of refused) {
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ expected: 0, actual: 1 });
      }
      expect((await store().readStream(streamId)).map((e) => e.revision)).toEqual([0, 1]);
    });
  });
};

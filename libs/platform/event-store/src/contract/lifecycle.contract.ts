import type { EventStore } from '../port/event-store';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

export const lifecycleContract = (store: () => EventStore): void => {
  const category = uniqueCategory('life');

  describe('stream lifecycle', () => {
    it('keeps stream metadata', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {})]);
      await store().setStreamMetadata(streamId, { owner: 'registry', retention: 'P5Y' });
      expect(await store().getStreamMetadata(streamId)).toEqual({ owner: 'registry', retention: 'P5Y' });
    });

    it('hides events before truncateBefore from reads', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {}), newEvent('B', {}), newEvent('C', {})]);
      await store().setStreamMetadata(streamId, { truncateBefore: 2 });
      expect((await store().readStream(streamId)).map((e) => e.type)).toEqual(['C']);
      expect(await store().getStreamMetadata(streamId)).toMatchObject({ truncateBefore: 2 });
    });

    it('reads a soft-deleted stream as empty and continues its revisions when it is recreated', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', {}), newEvent('B', {})]);
      await store().deleteStream(streamId);
      expect(await store().readStream(streamId)).toEqual([]);
      const recreated = await store().appendToStream(streamId, [newEvent('C', {})], { expectedRevision: 'no_stream' });
      expect(recreated.nextExpectedRevision).toBe(2);
      expect((await store().readStream(streamId)).map((e) => [e.revision, e.type])).toEqual([[2, 'C']]);
      expect((await store().verifyStream(streamId)).ok).toBe(true);
    });
  });
};

import type { EventStore } from '../port/event-store';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

export const readContract = (store: () => EventStore): void => {
  const category = uniqueCategory('read');

  describe('reads', () => {
    let streamId: string;
    let positions: readonly number[];

    beforeAll(async () => {
      streamId = uniqueStream(category);
      const events = Array.from({ length: 10 }, (_, n) => newEvent('Counted', { n }));
      ({ positions } = await store().appendToStream(streamId, events, { expectedRevision: 'no_stream' }));
    });

    it('reads a stream forwards from a revision, at most maxCount events', async () => {
      const events = await store().readStream(streamId, { fromRevision: 3, maxCount: 4 });
      expect(events.map((e) => e.revision)).toEqual([3, 4, 5, 6]);
      expect(events.map((e) => e.data['n'])).toEqual([3, 4, 5, 6]);
    });

    it('reads a stream backwards from the end or from a revision', async () => {
      expect((await store().readStream(streamId, { direction: 'backwards', maxCount: 3 })).map((e) => e.revision)).toEqual([9, 8, 7]);
      expect((await store().readStream(streamId, { direction: 'backwards', fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 1, 0]);
    });

    it('reads a missing stream as empty', async () => {
      expect(await store().readStream(uniqueStream(category))).toEqual([]);
    });

    it('returns events with their metadata, schema version and recording time', async () => {
      const streamId2 = uniqueStream(category);
      const event = newEvent('Described', { ok: true }, { schemaVersion: 3 });
      await store().appendToStream(streamId2, [event]);
      const [recorded] = await store().readStream(streamId2);
      expect(recorded).toMatchObject({
        eventId: event.eventId,
        streamId: streamId2,
        type: 'Described',
        schemaVersion: 3,
        storedSchemaVersion: 3,
        data: { ok: true },
        metadata: event.metadata,
      });
      expect(recorded?.recordedAt).toBeInstanceOf(Date);
    });

    it('reads all events in global order after a position', async () => {
      const other = uniqueStream(category);
      const { positions: otherPositions } = await store().appendToStream(other, [newEvent('Other', {}), newEvent('Other', {})]);
      const after = positions[4] ?? 0;
      const all = await store().readAll({ after, maxCount: 1_000 });
      const ours = all.filter((e) => e.streamId === streamId || e.streamId === other);
      expect(ours.map((e) => e.globalPosition)).toEqual([...positions.slice(5), ...otherPositions]);
      const globalOrder = all.map((e) => e.globalPosition);
      expect(globalOrder).toEqual([...globalOrder].sort((a, b) => a - b));
      expect(globalOrder[0]).toBeGreaterThan(after);
    });

    it('reads all events of one category, and only them', async () => {
      const own = uniqueCategory('solo');
      const first = uniqueStream(own);
      const second = uniqueStream(own);
      await store().appendToStream(first, [newEvent('X', { i: 1 })]);
      await store().appendToStream(uniqueStream(category), [newEvent('Noise', {})]);
      await store().appendToStream(second, [newEvent('X', { i: 2 })]);
      const events = await store().readAll({ category: own });
      expect(events.map((e) => [e.streamId, e.data['i']])).toEqual([
        [first, 1],
        [second, 2],
      ]);
    });
  });
};

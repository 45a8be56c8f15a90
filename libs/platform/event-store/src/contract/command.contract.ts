import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../command/command-context';
import { handleCommand } from '../command/handle-command';
import { loadState } from '../command/load-state';
import type { EventStore } from '../port/event-store';
import type { RecordedEvent } from '../port/events';
import { WrongExpectedRevisionError } from '../port/expected-revision';
import type { ContractTarget } from './contract-target';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';
import { spyOn } from './store-spy';
import { tallyDecider, type TallyEvent } from './tally.fixture';

/** A validating read-back as the kit builds it from descriptors: checks the stored shape, never casts. */
const readTallyEvent = (recorded: RecordedEvent): TallyEvent => {
  const { owner, openedAt, points } = recorded.data;
  if (recorded.type === 'TallyOpened' && typeof owner === 'string' && typeof openedAt === 'string') return { type: 'TallyOpened', data: { owner, openedAt } };
  if (recorded.type === 'PointsAdded' && typeof points === 'number') return { type: 'PointsAdded', data: { points } };
  throw new TypeError(`Not a tally event: ${recorded.type} at revision ${recorded.revision}`);
};

const context = (overrides: Partial<CommandContext<TallyEvent>> = {}): CommandContext<TallyEvent> => ({
  now: new Date('2026-03-01T09:00:00Z'),
  newEventId: randomUUID,
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    actor: { subject: 'assessor-7', role: 'assessor' },
    region: 'OCC',
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  },
  describe: (event) =>
    event.type === 'TallyOpened'
      ? { schemaVersion: 1, personal: { subjectId: `owner-of-${event.data.owner}`, fields: ['owner'] } }
      : { schemaVersion: 2, decision: { rulebookId: 'rb-2026', ruleIds: ['R-1', 'R-2'] } },
  ...overrides,
});

/** A store where another writer appends to the stream just before each of our appends. */
const contended = (store: EventStore, times: number): EventStore => {
  let remaining = times;
  return spyOn(store, {
    appendToStream: async (streamId, events, options) => {
      if (remaining > 0) {
        remaining -= 1;
        await store.appendToStream(streamId, [newEvent('PointsAdded', { points: 100 }, { schemaVersion: 2 })]);
      }
      return store.appendToStream(streamId, events, options);
    },
  });
};

export const commandContract = (store: () => EventStore, target: () => ContractTarget): void => {
  const category = uniqueCategory('tally');

  describe('handleCommand', () => {
    it('appends the decided events with the metadata of the context and the decision trace', async () => {
      const streamId = uniqueStream(category);
      const opened = await handleCommand(store(), streamId, tallyDecider, { type: 'OpenTally', owner: 'ines' }, context());
      const added = await handleCommand(store(), streamId, tallyDecider, { type: 'AddPoints', points: 3 }, context());
      expect(opened.ok && added.ok).toBe(true);
      if (!added.ok) return;
      expect(added.value).toMatchObject({ nextExpectedRevision: 1, state: { status: 'open', owner: 'ines', total: 3 } });
      const [first, second] = await store().readStream(streamId);
      expect(first).toMatchObject({ type: 'TallyOpened', schemaVersion: 1, data: { owner: 'ines', openedAt: '2026-03-01T09:00:00.000Z' } });
      expect(first?.personal).toEqual({ subjectId: 'owner-of-ines', fields: ['owner'] });
      expect(second?.metadata).toEqual({
        correlationId: 'corr-1',
        causationId: 'cmd-1',
        actor: { subject: 'assessor-7', role: 'assessor' },
        region: 'OCC',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        occurredAt: '2026-03-01T09:00:00.000Z',
        rulebookId: 'rb-2026',
        ruleIds: ['R-1', 'R-2'],
      });
    });

    it('records the decision instant context.now as metadata.occurredAt of every decided event', async () => {
      const streamId = uniqueStream(category);
      const now = new Date('2026-04-02T13:14:15.678Z');
      await handleCommand(store(), streamId, tallyDecider, { type: 'OpenTallyWithPoints', owner: 'eli', points: 1 }, context({ now }));
      const events = await store().readStream(streamId);
      expect(events.map((e) => e.metadata.occurredAt)).toEqual(['2026-04-02T13:14:15.678Z', '2026-04-02T13:14:15.678Z']);
    });

    it('folds the stream through readEvent when given, and decides on what it returned', async () => {
      const streamId = uniqueStream(category);
      await handleCommand(store(), streamId, tallyDecider, { type: 'OpenTallyWithPoints', owner: 'kim', points: 3 }, context());
      const seen: number[] = [];
      const tenfold = (recorded: RecordedEvent): TallyEvent => {
        seen.push(recorded.revision);
        const event = readTallyEvent(recorded);
        return event.type === 'PointsAdded' ? { type: 'PointsAdded', data: { points: event.data.points * 10 } } : event;
      };
      const result = await handleCommand(store(), streamId, tallyDecider, { type: 'AddPoints', points: 1 }, context({ readEvent: tenfold }));
      expect(seen).toEqual([0, 1]);
      expect(result).toMatchObject({ ok: true, value: { nextExpectedRevision: 2, state: { total: 31 } } });
      expect((await loadState(store(), streamId, tallyDecider, { readEvent: readTallyEvent })).state).toMatchObject({ total: 4 });
    });

    it('fails the command, appending nothing, when readEvent refuses a stored event', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('TallyOpened', { owner: 42 })]);
      await expect(
        handleCommand(store(), streamId, tallyDecider, { type: 'AddPoints', points: 1 }, context({ readEvent: readTallyEvent })),
      ).rejects.toThrow('Not a tally event: TallyOpened at revision 0');
      expect(await store().readStream(streamId)).toHaveLength(1);
    });

    it('returns the refusal of the decider as a value and appends nothing', async () => {
      const streamId = uniqueStream(category);
      const result = await handleCommand(store(), streamId, tallyDecider, { type: 'AddPoints', points: 1 }, context());
      expect(result).toEqual({ ok: false, error: { kind: 'conflict', message: 'Open the tally before adding points' } });
      expect(await store().readStream(streamId)).toEqual([]);
    });

    it('decides again on the new state when another writer appended in between', async () => {
      const streamId = uniqueStream(category);
      await handleCommand(store(), streamId, tallyDecider, { type: 'OpenTally', owner: 'li' }, context());
      const result = await handleCommand(contended(store(), 1), streamId, tallyDecider, { type: 'AddPoints', points: 5 }, context());
      expect(result).toMatchObject({ ok: true, value: { nextExpectedRevision: 2, state: { total: 105 } } });
    });

    it('gives up with WrongExpectedRevisionError after maxRetries lost races', async () => {
      const streamId = uniqueStream(category);
      await handleCommand(store(), streamId, tallyDecider, { type: 'OpenTally', owner: 'sam' }, context());
      await expect(
        handleCommand(contended(store(), 10), streamId, tallyDecider, { type: 'AddPoints', points: 5 }, context({ maxRetries: 2 })),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store().readStream(streamId)).toHaveLength(4);
    });

    it('loads a long stream from its snapshot, reading only the tail', async () => {
      const snapCategory = uniqueCategory('snap');
      const snapStore = await target().open({ snapshots: [{ category: snapCategory, every: 5, stateVersion: 1 }] });
      const streamId = uniqueStream(snapCategory);
      await handleCommand(snapStore, streamId, tallyDecider, { type: 'OpenTally', owner: 'zoe' }, context());
      for (let i = 1; i <= 11; i += 1) {
        await handleCommand(snapStore, streamId, tallyDecider, { type: 'AddPoints', points: i }, context());
      }
      const read: number[] = [];
      const countingRead: EventStore['readStream'] = async (id, options) => {
        const events = await snapStore.readStream(id, options);
        read.push(events.length);
        return events as never;
      };
      const counting = spyOn(snapStore, { readStream: countingRead });
      const loaded = await loadState(counting, streamId, tallyDecider);
      expect(loaded.snapshotRevision).toBe(9);
      expect(read).toEqual([2]);
      expect(loaded).toMatchObject({ revision: 11, state: { status: 'open', owner: 'zoe', total: 66 } });
      const full = await loadState(store(), streamId, tallyDecider);
      expect(full.state).toEqual(loaded.state);
    });

    it('deletes a snapshot holding a forgotten subject’s data and still loads the stream', async () => {
      const snapCategory = uniqueCategory('snapforget');
      const snapStore = await target().open({ snapshots: [{ category: snapCategory, every: 2, stateVersion: 1 }] });
      const streamId = uniqueStream(snapCategory);
      await handleCommand(snapStore, streamId, tallyDecider, { type: 'OpenTally', owner: 'noa' }, context());
      await handleCommand(snapStore, streamId, tallyDecider, { type: 'AddPoints', points: 2 }, context());
      expect(await snapStore.readSnapshot(streamId)).toMatchObject({ revision: 1, subjects: ['owner-of-noa'], state: { owner: 'noa' } });
      await snapStore.forgetSubject('owner-of-noa');
      expect(await snapStore.readSnapshot(streamId)).toBeNull();
      const loaded = await loadState(snapStore, streamId, tallyDecider);
      expect(loaded.state).toMatchObject({ status: 'open', total: 2, owner: { redacted: true } });
    });
  });
};

import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { CommandContext } from '../command/command-context';
import { handleCommand } from '../command/handle-command';
import { uniqueCategory, uniqueStream } from '../contract/contract-target';
import { spyOn } from '../contract/store-spy';
import { tallyDecider, type TallyEvent } from '../contract/tally.fixture';
import { GENESIS_HASH } from '../integrity/event-hash';
import type { EventStore } from '../port/event-store';
import { WrongExpectedRevisionError } from '../port/expected-revision';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';

const context = (transaction?: PoolClient): CommandContext<TallyEvent> => ({
  now: new Date('2026-06-01T10:00:00Z'),
  newEventId: randomUUID,
  metadata: { correlationId: 'corr', causationId: 'msg-1', actor: { subject: 'consumer', role: 'service' }, region: 'OCC' },
  describe: () => ({ schemaVersion: 1 }),
  ...(transaction ? { transaction } : {}),
});

/** The store, counting the appends refused with WrongExpectedRevisionError: each one is a retry of handleCommand. */
const countingConflicts = (store: EventStore): { store: EventStore; conflicts: () => number } => {
  let conflicts = 0;
  const counted = spyOn(store, {
    appendToStream: async (streamId, events, options) => {
      try {
        return await store.appendToStream(streamId, events, options);
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) conflicts += 1;
        throw error;
      }
    },
  });
  return { store: counted, conflicts: () => conflicts };
};

describe('PostgreSQL: handleCommand inside the caller’s transaction', () => {
  const target = postgresContractTarget('es_cmd_tx');
  let store: PostgresEventStore;
  const category = uniqueCategory('consumed');

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
  });
  afterAll(() => target.teardown());

  /** Runs `work` in BEGIN … outcome; rolls back if `work` throws, so no client goes back to the pool mid-transaction. */
  const inTransaction = async (work: (client: PoolClient) => Promise<void>, outcome: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    const client = await store.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query(outcome);
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  it('reads its own uncommitted appends: two commands on one stream in one transaction both succeed at the first attempt', async () => {
    const streamId = uniqueStream(category);
    await handleCommand(store, streamId, tallyDecider, { type: 'OpenTally', owner: 'ines' }, context());
    const counting = countingConflicts(store);
    await inTransaction(async (client) => {
      const first = await handleCommand(counting.store, streamId, tallyDecider, { type: 'AddPoints', points: 4 }, context(client));
      const second = await handleCommand(counting.store, streamId, tallyDecider, { type: 'AddPoints', points: 5 }, context(client));
      expect(first).toMatchObject({ ok: true, value: { nextExpectedRevision: 1, state: { total: 4 } } });
      expect(second).toMatchObject({ ok: true, value: { nextExpectedRevision: 2, state: { total: 9 } } });
      expect(await store.readStream(streamId)).toHaveLength(1);
    }, 'COMMIT');
    expect(counting.conflicts()).toBe(0);
    expect((await store.readStream(streamId)).map((e) => [e.revision, e.type, e.data['points']])).toEqual([
      [0, 'TallyOpened', undefined],
      [1, 'PointsAdded', 4],
      [2, 'PointsAdded', 5],
    ]);
    expect(await store.verifyStream(streamId)).toEqual({ ok: true, checked: 3 });
  });

  it('decides on the transaction’s own uncommitted events', async () => {
    const streamId = uniqueStream(category);
    await inTransaction(async (client) => {
      await handleCommand(store, streamId, tallyDecider, { type: 'OpenTally', owner: 'sam' }, context(client));
      const added = await handleCommand(store, streamId, tallyDecider, { type: 'AddPoints', points: 3 }, context(client));
      expect(added).toMatchObject({ ok: true, value: { nextExpectedRevision: 1, state: { status: 'open', total: 3 } } });
    }, 'COMMIT');
    expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['TallyOpened', 'PointsAdded']);
  });

  it('leaves nothing after a rollback, and the next command outside chains from the genesis hash at the first attempt', async () => {
    const streamId = uniqueStream(category);
    await inTransaction(async (client) => {
      await handleCommand(store, streamId, tallyDecider, { type: 'OpenTally', owner: 'li' }, context(client));
      const added = await handleCommand(store, streamId, tallyDecider, { type: 'AddPoints', points: 9 }, context(client));
      expect(added).toMatchObject({ ok: true, value: { nextExpectedRevision: 1 } });
    }, 'ROLLBACK');
    expect(await store.readStream(streamId)).toEqual([]);

    // The store's head cache saw the rolled-back appends: it must cost a round trip, never a wrong chain.
    const counting = countingConflicts(store);
    const opened = await handleCommand(counting.store, streamId, tallyDecider, { type: 'OpenTally', owner: 'li' }, context());
    const added = await handleCommand(counting.store, streamId, tallyDecider, { type: 'AddPoints', points: 2 }, context());
    expect(opened).toMatchObject({ ok: true, value: { nextExpectedRevision: 0 } });
    expect(added).toMatchObject({ ok: true, value: { nextExpectedRevision: 1, state: { total: 2 } } });
    expect(counting.conflicts()).toBe(0);
    const events = await store.readStream(streamId);
    expect(events.map((e) => [e.revision, e.type])).toEqual([
      [0, 'TallyOpened'],
      [1, 'PointsAdded'],
    ]);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(await store.verifyStream(streamId)).toEqual({ ok: true, checked: 2 });
  });

  it('neither reads nor writes snapshots inside the caller’s transaction', async () => {
    const snapCategory = uniqueCategory('snaptx');
    const snapStore = await target.open({ snapshots: [{ category: snapCategory, every: 1, stateVersion: 1 }] });
    const streamId = uniqueStream(snapCategory);
    await handleCommand(snapStore, streamId, tallyDecider, { type: 'OpenTally', owner: 'zoe' }, context());
    expect(await snapStore.readSnapshot(streamId)).toMatchObject({ revision: 0 });
    const touched: string[] = [];
    const watched = spyOn(snapStore, {
      readSnapshot: async (id) => {
        touched.push('read');
        return snapStore.readSnapshot(id);
      },
      writeSnapshot: async (snapshot) => {
        touched.push('write');
        return snapStore.writeSnapshot(snapshot);
      },
    });
    await inTransaction(async (client) => {
      const added = await handleCommand(watched, streamId, tallyDecider, { type: 'AddPoints', points: 5 }, context(client));
      expect(added).toMatchObject({ ok: true, value: { nextExpectedRevision: 1, state: { total: 5 } } });
    }, 'ROLLBACK');
    expect(touched).toEqual([]);
    expect(await snapStore.readSnapshot(streamId)).toMatchObject({ revision: 0 });
  });
});

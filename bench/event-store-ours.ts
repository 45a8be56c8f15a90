import { performance } from 'node:perf_hooks';
import { loadState, PostgresEventStore, type NewEvent } from '@titrepro/event-store';
import { Pool } from 'pg';
import { stockTypes, type Contender } from './event-store-contender';
import { benchEvent, FILL_DATA_SQL, FILL_METADATA_SQL, tallyEvolve, tallyStart, type Tally } from './event-store-fixture';

const decider = { initialState: tallyStart, evolve: tallyEvolve };

/** `snap-*` streams have a snapshot policy; the same stream names without it are read in full. */
export const createOurs = async (connectionString: string, poolSize: number): Promise<Contender> => {
  const pool = new Pool({ connectionString, max: poolSize, types: stockTypes });
  const store = await PostgresEventStore.create({ pool, snapshots: [{ category: 'snap', every: 100, stateVersion: 1 }] });
  const plain = await PostgresEventStore.create({ pool, migrate: false });
  return {
    name: 'titrepro',
    append: async (streamId, expected, events) => {
      await store.appendToStream(streamId, events, { expectedRevision: expected < 0 ? 'no_stream' : expected });
    },
    fill: async (count) => {
      await pool.query(`
        INSERT INTO event_store.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
        SELECT 'fill-' || (g / 100), g % 100, gen_random_uuid(), 'PointsAdded', 1, ${FILL_DATA_SQL}, ${FILL_METADATA_SQL},
               md5(g::text) || md5(g::text), md5((g + 1)::text) || md5((g + 1)::text)
          FROM generate_series(0, ${count - 1}) g`);
      await pool.query('VACUUM ANALYZE event_store.events');
    },
    readAll: async (pageSize, deadline = Number.POSITIVE_INFINITY) => {
      let after = 0;
      let seen = 0;
      for (;;) {
        const events = await store.readAll({ after, maxCount: pageSize });
        const last = events[events.length - 1];
        if (!last) return seen;
        seen += events.length;
        if (performance.now() > deadline) return seen;
        after = last.globalPosition;
      }
    },
    countAll: async () => Number((await pool.query<{ count: string }>('SELECT count(*) FROM event_store.events')).rows[0]?.count ?? 0),
    seedStream: async (streamId, count) => {
      for (let start = 0; start < count; start += 500) {
        const size = Math.min(500, count - start);
        const events: NewEvent[] = [];
        for (let i = 0; i < size; i += 1) events.push(benchEvent(start + i));
        await store.appendToStream(streamId, events, { expectedRevision: start === 0 ? 'no_stream' : start - 1 });
      }
    },
    seedSnapshot: async (streamId, revision) => {
      const events = await store.readStream(streamId, { maxCount: revision + 1 });
      const state = events.reduce<Tally>((s, e) => tallyEvolve(s, e), tallyStart());
      await store.writeSnapshot({ streamId, revision, stateVersion: 1, state, subjects: [] });
    },
    load: async (streamId, withSnapshot) => (await loadState(withSnapshot ? store : plain, streamId, decider)).state,
    close: async () => {
      await pool.end();
    },
  };
};

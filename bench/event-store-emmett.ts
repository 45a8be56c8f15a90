import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { Contender } from './event-store-contender';
import { benchEvent, FILL_DATA_SQL, FILL_METADATA_SQL, tallyEvolve, tallyStart, type Tally } from './event-store-fixture';

/**
 * The peer: @event-driven-io/emmett-postgresql 0.42 (devDependency of the benchmark only), on its
 * own pool of the same size. Loaded lazily: its driver layer (dumbo) swaps pg's global type parsers.
 */
export const createEmmett = async (connectionString: string, poolSize: number): Promise<Contender> => {
  const { getPostgreSQLEventStore, readMessagesBatch } = await import('@event-driven-io/emmett-postgresql');
  const { STREAM_DOES_NOT_EXIST } = await import('@event-driven-io/emmett');
  const { dumbo } = await import('@event-driven-io/dumbo');
  const pool = new Pool({ connectionString, max: poolSize });
  const store = getPostgreSQLEventStore(connectionString, { connectionOptions: { pool } });
  await store.schema.migrate();
  const reader = dumbo({ connectionString });

  type PointsAdded = { type: 'PointsAdded'; data: Record<string, unknown>; metadata: Record<string, unknown> };
  const toEmmett = (e: ReturnType<typeof benchEvent>): PointsAdded => ({ type: 'PointsAdded', data: e.data, metadata: { ...e.metadata, messageId: e.eventId } });

  const append = async (streamId: string, expected: number, events: readonly ReturnType<typeof benchEvent>[]): Promise<void> => {
    await store.appendToStream<PointsAdded>(streamId, events.map(toEmmett), {
      // Emmett counts versions from 1: our revision r is its version r + 1.
      expectedStreamVersion: expected < 0 ? STREAM_DOES_NOT_EXIST : BigInt(expected + 1),
    });
  };

  return {
    name: 'emmett',
    append,
    fill: async (count) => {
      await pool.query(`
        INSERT INTO emt_messages (stream_id, stream_position, message_data, message_metadata, message_schema_version, message_type, message_id, transaction_id)
        SELECT 'fill-' || (g / 100), g % 100 + 1, ${FILL_DATA_SQL}, ${FILL_METADATA_SQL}, '1', 'PointsAdded', gen_random_uuid()::text, pg_current_xact_id()
          FROM generate_series(0, ${count - 1}) g`);
      await pool.query('VACUUM ANALYZE emt_messages');
    },
    readAll: async (pageSize, deadline = Number.POSITIVE_INFINITY) => {
      let after = 0n;
      let seen = 0;
      for (;;) {
        const batch = await readMessagesBatch(reader.execute, { after, batchSize: pageSize });
        const last = batch.messages[batch.messages.length - 1];
        if (!last) return seen;
        seen += batch.messages.length;
        if (performance.now() > deadline) return seen;
        after = last.metadata.globalPosition;
      }
    },
    countAll: async () => Number((await pool.query<{ count: string }>('SELECT count(*) FROM emt_messages')).rows[0]?.count ?? 0),
    seedStream: async (streamId, count) => {
      for (let start = 0; start < count; start += 500) {
        const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => benchEvent(start + i));
        await append(streamId, start - 1, batch);
      }
    },
    load: async (streamId) => {
      const { state } = await store.aggregateStream<Tally, PointsAdded>(streamId, { evolve: tallyEvolve, initialState: tallyStart });
      return state;
    },
    close: async () => {
      await store.close();
      await reader.close();
      await pool.end().catch(() => undefined);
    },
  };
};

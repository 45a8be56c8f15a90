import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { stockTypes, type Contender } from './event-store-contender';
import { benchEvent, FILL_DATA_SQL, FILL_METADATA_SQL, tallyEvolve, tallyStart, type Tally } from './event-store-fixture';

/** 64 characters, the size of a hex SHA-256, so rows weigh what ours weigh; nothing is computed. */
const PLACEHOLDER_HASH = 'f'.repeat(64);

/**
 * The floor: plain INSERTs into a table equivalent to ours (same columns, same indexes; the unique
 * (stream_id, revision) index is the optimistic-concurrency check), no hashing, no encryption,
 * no stream head row, no functions.
 */
export const createRaw = async (connectionString: string, poolSize: number): Promise<Contender> => {
  const pool = new Pool({ connectionString, max: poolSize, types: stockTypes });
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS raw;
    CREATE TABLE raw.events (
      global_position bigserial PRIMARY KEY,
      stream_id text NOT NULL, revision bigint NOT NULL, event_id uuid NOT NULL, type text NOT NULL,
      schema_version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, personal jsonb,
      recorded_at timestamptz NOT NULL DEFAULT now(), prev_hash text NOT NULL, hash text NOT NULL,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      category text GENERATED ALWAYS AS (CASE WHEN strpos(stream_id, '-') > 1 THEN split_part(stream_id, '-', 1) END) STORED,
      UNIQUE (stream_id, revision), UNIQUE (stream_id, event_id));
    CREATE INDEX ON raw.events (category, global_position) WHERE category IS NOT NULL;
    CREATE TABLE raw.snapshots (stream_id text PRIMARY KEY, revision bigint NOT NULL, state jsonb NOT NULL);`);

  const insert = async (streamId: string, firstRevision: number, events: readonly ReturnType<typeof benchEvent>[]): Promise<void> => {
    if (events.length === 1) {
      const [e] = events;
      if (!e) return;
      await pool.query({
        name: 'raw_insert_one',
        text: `INSERT INTO raw.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        values: [streamId, firstRevision, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata), PLACEHOLDER_HASH, PLACEHOLDER_HASH],
      });
      return;
    }
    await pool.query({
      name: 'raw_insert_many',
      text: `INSERT INTO raw.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
             SELECT $1, $2 + u.ord - 1, u.event_id, u.type, u.schema_version, u.data, u.metadata, $7, $7
               FROM unnest($3::uuid[], $4::text[], $5::integer[], $6::jsonb[], $8::jsonb[]) WITH ORDINALITY
                    AS u(event_id, type, schema_version, data, metadata, ord)`,
      values: [
        streamId,
        firstRevision,
        events.map((e) => e.eventId),
        events.map((e) => e.type),
        events.map((e) => e.schemaVersion),
        events.map((e) => JSON.stringify(e.data)),
        PLACEHOLDER_HASH,
        events.map((e) => JSON.stringify(e.metadata)),
      ],
    });
  };

  const fold = (rows: readonly { data: unknown }[], from: Tally): Tally => rows.reduce<Tally>((s, row) => tallyEvolve(s, row), from);

  return {
    name: 'raw pg',
    append: (streamId, expected, events) => insert(streamId, expected + 1, events),
    fill: async (count) => {
      await pool.query(`
        INSERT INTO raw.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
        SELECT 'fill-' || (g / 100), g % 100, gen_random_uuid(), 'PointsAdded', 1, ${FILL_DATA_SQL}, ${FILL_METADATA_SQL},
               md5(g::text) || md5(g::text), md5((g + 1)::text) || md5((g + 1)::text)
          FROM generate_series(0, ${count - 1}) g`);
      await pool.query('VACUUM ANALYZE raw.events');
    },
    readAll: async (pageSize, deadline = Number.POSITIVE_INFINITY) => {
      let after = 0;
      let seen = 0;
      for (;;) {
        const { rows } = await pool.query<{ global_position: string }>({
          name: 'raw_read_all',
          text: `SELECT global_position, stream_id, revision, event_id, type, schema_version, data, metadata, personal, recorded_at, prev_hash, hash
                   FROM raw.events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
          values: [after, pageSize],
        });
        const last = rows[rows.length - 1];
        if (!last) return seen;
        seen += rows.length;
        if (performance.now() > deadline) return seen;
        after = Number(last.global_position);
      }
    },
    countAll: async () => Number((await pool.query<{ count: string }>('SELECT count(*) FROM raw.events')).rows[0]?.count ?? 0),
    seedStream: async (streamId, count) => {
      for (let start = 0; start < count; start += 500) {
        const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => benchEvent(start + i));
        await insert(streamId, start, batch);
      }
    },
    seedSnapshot: async (streamId, revision) => {
      const { rows } = await pool.query<{ data: unknown }>('SELECT data FROM raw.events WHERE stream_id = $1 AND revision <= $2 ORDER BY revision', [streamId, revision]);
      await pool.query('INSERT INTO raw.snapshots VALUES ($1, $2, $3) ON CONFLICT (stream_id) DO UPDATE SET revision = $2, state = $3', [
        streamId,
        revision,
        JSON.stringify(fold(rows, tallyStart())),
      ]);
    },
    load: async (streamId, withSnapshot) => {
      let state = tallyStart();
      let after = -1;
      if (withSnapshot) {
        const { rows } = await pool.query<{ revision: string; state: Tally }>({
          name: 'raw_snapshot',
          text: 'SELECT revision, state FROM raw.snapshots WHERE stream_id = $1',
          values: [streamId],
        });
        const [snapshot] = rows;
        if (snapshot) {
          state = snapshot.state;
          after = Number(snapshot.revision);
        }
      }
      const { rows } = await pool.query<{ data: unknown }>({
        name: 'raw_load',
        text: 'SELECT type, data FROM raw.events WHERE stream_id = $1 AND revision > $2 ORDER BY revision',
        values: [streamId, after],
      });
      return fold(rows, state);
    },
    close: async () => {
      await pool.end();
    },
  };
};

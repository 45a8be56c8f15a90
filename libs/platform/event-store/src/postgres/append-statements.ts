import { GENESIS_HASH } from '../integrity/event-hash';
import type { SchemaNames } from './schema-names';

/**
 * The fast path of an append: one plain statement, prepared once per connection, that moves the
 * stream's head row and inserts the events only if the head is where the client chained from, the
 * expectation holds and none of the event ids is already in the stream. It returns the positions,
 * or NULL when any condition fails (then `append_to_stream` runs and says why). Plain SQL is
 * cheaper for PostgreSQL than the same steps in PL/pgSQL, and this is the hot path.
 *
 * $1 stream_id, $2 expected (-1 any, -2 no_stream, -3 stream_exists, n), $3 head revision,
 * $4 head hash, $5 event ids, $6 types, $7 schema versions, $8 data, $9 metadata, $10 personal,
 * $11 hashes — arrays for a batch, scalars for a single event (no array parsing then).
 *
 * The marker (see 0003) is an InitPlan of the INSERT's WHERE: it runs before the first row's
 * position is taken from the sequence.
 */
export interface AppendStatements {
  readonly newOne: string;
  readonly newMany: string;
  readonly existingOne: string;
  readonly existingMany: string;
}

export const appendStatements = ({ q, markerBase }: SchemaNames): AppendStatements => {
  const count = { one: '1', many: 'cardinality($5::uuid[])' };
  const lastHash = { one: '$11::text', many: '($11::text[])[cardinality($11::text[])]' };
  const idMatch = { one: 'e.event_id = $5::uuid', many: 'e.event_id = ANY ($5::uuid[])' };
  const rows = {
    one: `SELECT $3::bigint + 1 AS revision, $5::uuid AS event_id, $6::text AS type, $7::integer AS schema_version, $8::jsonb AS data,
                 $9::jsonb AS metadata, $10::jsonb AS personal, $4::text AS prev_hash, $11::text AS hash`,
    many: `SELECT $3::bigint + u.ord AS revision, u.event_id, u.type, u.schema_version, u.data, u.metadata, u.personal,
                  CASE WHEN u.ord = 1 THEN $4::text ELSE ($11::text[])[u.ord - 1] END AS prev_hash, u.hash
             FROM unnest($5::uuid[], $6::text[], $7::integer[], $8::jsonb[], $9::jsonb[], $10::jsonb[], $11::text[])
                  WITH ORDINALITY AS u(event_id, type, schema_version, data, metadata, personal, hash, ord)`,
  };
  const insert = (shape: 'one' | 'many') => `
    marker AS (
      SELECT pg_advisory_xact_lock_shared(${markerBase.toString()}::bigint
        + (SELECT CASE WHEN sq.is_called THEN sq.last_value ELSE sq.last_value - 1 END FROM ${q}events_global_position_seq sq)) AS taken
    ),
    ins AS (
      INSERT INTO ${q}events (stream_id, revision, event_id, type, schema_version, data, metadata, personal, prev_hash, hash)
      SELECT $1, r.revision, r.event_id, r.type, r.schema_version, r.data, r.metadata, r.personal, r.prev_hash, r.hash
        FROM (${rows[shape]}) r
       WHERE EXISTS (SELECT 1 FROM head) AND (SELECT m.taken IS NOT NULL FROM marker m)
      ${shape === 'many' ? 'ORDER BY r.revision' : ''}
      RETURNING global_position
    )
    SELECT array_agg(global_position ORDER BY global_position) AS positions FROM ins`;
  const newStream = (shape: 'one' | 'many') => `
    WITH head AS (
      INSERT INTO ${q}streams (stream_id, revision, last_hash)
      SELECT $1, ${count[shape]} - 1, ${lastHash[shape]}
       WHERE $3::bigint = -1 AND $4::text = '${GENESIS_HASH}' AND $2::bigint IN (-1, -2)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING 1
    ),${insert(shape)}`;
  const existingStream = (shape: 'one' | 'many') => `
    WITH head AS (
      UPDATE ${q}streams s SET revision = s.revision + ${count[shape]}, last_hash = ${lastHash[shape]}, updated_at = now()
       WHERE s.stream_id = $1 AND s.revision = $3::bigint AND s.last_hash = $4::text
         AND CASE WHEN $2::bigint = -1 THEN true
                  WHEN $2::bigint = -2 THEN s.revision < s.truncate_before
                  WHEN $2::bigint = -3 THEN s.revision >= s.truncate_before
                  ELSE s.revision >= s.truncate_before AND s.revision = $2::bigint END
         AND NOT EXISTS (SELECT 1 FROM ${q}events e WHERE e.stream_id = $1 AND ${idMatch[shape]})
      RETURNING 1
    ),${insert(shape)}`;
  return { newOne: newStream('one'), newMany: newStream('many'), existingOne: existingStream('one'), existingMany: existingStream('many') };
};

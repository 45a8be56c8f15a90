import type { SchemaNames } from './schema-names';

/**
 * The fast path of an append: one INSERT, prepared once per connection, used outside a caller's
 * transaction. No row but the events is written: the unique (stream_id, revision) index makes a
 * concurrent writer at the same revision fail (unique_violation), as does a re-sent event id
 * (unique (stream_id, event_id)); the WHERE checks, read-only, that the client chained onto the
 * stream's actual last event and that the expectation holds against truncation. It returns the
 * positions; when it inserts nothing or fails, `append_to_stream` (migrations/0002) says why. Plain SQL is cheaper for
 * PostgreSQL than the same steps in PL/pgSQL, and this is the hot path.
 *
 * $1 stream_id, $2 expected (-1 any, -2 no_stream, -3 stream_exists, n), $3 head revision,
 * $4 head hash, $5 event ids, $6 types, $7 schema versions, $8 data, $9 metadata, $10 personal,
 * $11 hashes — arrays for a batch, scalars for a single event (no array parsing then).
 *
 * The marker (see 0003) is an InitPlan of the WHERE: it runs before the first row's position is
 * drawn from the sequence (column defaults are computed when the row is inserted, after the WHERE).
 */
export interface AppendStatements {
  readonly one: string;
  readonly many: string;
}

export const appendStatements = ({ q, markerBase }: SchemaNames): AppendStatements => {
  const rows = {
    one: `SELECT $3::bigint + 1 AS revision, $5::uuid AS event_id, $6::text AS type, $7::integer AS schema_version, $8::jsonb AS data,
                 $9::jsonb AS metadata, $10::jsonb AS personal, $4::text AS prev_hash, $11::text AS hash`,
    many: `SELECT $3::bigint + u.ord AS revision, u.event_id, u.type, u.schema_version, u.data, u.metadata, u.personal,
                  CASE WHEN u.ord = 1 THEN $4::text ELSE ($11::text[])[u.ord - 1] END AS prev_hash, u.hash
             FROM unnest($5::uuid[], $6::text[], $7::integer[], $8::jsonb[], $9::jsonb[], $10::jsonb[], $11::text[])
                  WITH ORDINALITY AS u(event_id, type, schema_version, data, metadata, personal, hash, ord)`,
  };
  // Uncorrelated sub-selects of the WHERE are InitPlans: evaluated once, before the first row (and
  // so before its position is drawn). Returning rows directly avoids a CTE wrapper, measurably.
  const statement = (shape: 'one' | 'many') => `
    INSERT INTO ${q}events (stream_id, revision, event_id, type, schema_version, data, metadata, personal, prev_hash, hash)
    SELECT $1, r.revision, r.event_id, r.type, r.schema_version, r.data, r.metadata, r.personal, r.prev_hash, r.hash
      FROM (${rows[shape]}) r
     WHERE ($3::bigint = -1 OR EXISTS (SELECT 1 FROM ${q}events e WHERE e.stream_id = $1 AND e.revision = $3::bigint AND e.hash = $4::text))
       AND (SELECT CASE WHEN $2::bigint = -1 THEN true
                        WHEN $2::bigint = -2 THEN $3::bigint < t.before
                        WHEN $2::bigint = -3 THEN $3::bigint >= t.before
                        ELSE $3::bigint >= t.before AND $3::bigint = $2::bigint END
              FROM (SELECT coalesce((SELECT s.truncate_before FROM ${q}streams s WHERE s.stream_id = $1), 0) AS before) t)
       AND (SELECT pg_advisory_xact_lock_shared(${markerBase.toString()}::bigint
              + (SELECT CASE WHEN sq.is_called THEN sq.last_value ELSE sq.last_value - 1 END FROM ${q}events_global_position_seq sq))) IS NOT NULL
    ${shape === 'many' ? 'ORDER BY r.revision' : ''}
    RETURNING global_position`;
  return { one: statement('one'), many: statement('many') };
};

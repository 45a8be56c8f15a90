import { GENESIS_HASH } from '../../integrity/event-hash';
import type { Migration } from './migration';

/**
 * Appends no longer keep a head row per stream: the unique (stream_id, revision) index of events
 * serialises concurrent writers, and the one-statement fast path (append-statements.ts) writes the
 * events only. `streams` keeps metadata and truncation; append_to_stream becomes:
 *
 * append_to_stream: the append when the one-statement fast path (append-statements.ts) cannot be
 * used or did not apply — inside a caller's transaction, where a failed statement would abort the
 * caller's work, and to say why a fast append was refused. It answers with a status, never an
 * exception: `ok`, `duplicate` (some ids already in the stream: the client compares content),
 * `wrong_expected_revision` (with the actual revision), `stale_head` (the client chained from
 * another head: here is the real one, re-chain and retry).
 *
 * p_expected: -1 any, -2 no_stream, -3 stream_exists, n ≥ 0 the exact revision.
 * The insert runs in a sub-transaction: losing the race for a revision to a concurrent writer (the
 * unique (stream_id, revision) index) becomes `stale_head`, and the caller's transaction lives on.
 */
export const appendWithoutHeadRow: Migration = {
  version: 4,
  name: 'appends serialise on the events unique index (no head row)',
  sql: ({ q, markerBase }) => `
ALTER TABLE ${q}streams DROP COLUMN IF EXISTS revision, DROP COLUMN IF EXISTS last_hash;

CREATE OR REPLACE FUNCTION ${q}append_to_stream(
  p_stream_id text, p_expected bigint, p_head_revision bigint, p_head_hash text,
  p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[],
  p_personal jsonb[], p_hashes text[], p_notify_channel text
) RETURNS TABLE (status text, revision bigint, head_hash text, positions bigint[])
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count     integer := cardinality(p_event_ids);
  v_revision  bigint;
  v_hash      text;
  v_truncate  bigint;
  v_actual    bigint;
  v_existing  bigint[];
  v_positions bigint[];
BEGIN
  FOR attempt IN 1..3 LOOP
    SELECT e.revision, e.hash INTO v_revision, v_hash
      FROM ${q}events e WHERE e.stream_id = p_stream_id ORDER BY e.revision DESC LIMIT 1;
    IF NOT FOUND THEN
      v_revision := -1; v_hash := '${GENESIS_HASH}';
    END IF;
    SELECT array_agg(e.global_position ORDER BY e.revision) INTO v_existing
      FROM ${q}events e WHERE e.stream_id = p_stream_id AND e.event_id = ANY (p_event_ids);
    IF v_existing IS NOT NULL THEN
      RETURN QUERY SELECT 'duplicate'::text, v_revision, v_hash, v_existing;
      RETURN;
    END IF;
    v_truncate := coalesce((SELECT s.truncate_before FROM ${q}streams s WHERE s.stream_id = p_stream_id), 0);
    -- A stream whose events are all truncated (soft-deleted) does not exist for expectations.
    v_actual := CASE WHEN v_revision >= v_truncate THEN v_revision ELSE -1 END;
    IF (p_expected = -2 AND v_actual <> -1) OR (p_expected = -3 AND v_actual = -1)
       OR (p_expected >= 0 AND v_actual <> p_expected) THEN
      RETURN QUERY SELECT 'wrong_expected_revision'::text, v_actual, NULL::text, NULL::bigint[];
      RETURN;
    END IF;
    IF v_revision <> p_head_revision OR v_hash <> p_head_hash THEN
      RETURN QUERY SELECT 'stale_head'::text, v_revision, v_hash, NULL::bigint[];
      RETURN;
    END IF;
    BEGIN
      PERFORM pg_advisory_xact_lock_shared(${markerBase.toString()}::bigint
        + (SELECT CASE WHEN sq.is_called THEN sq.last_value ELSE sq.last_value - 1 END FROM ${q}events_global_position_seq sq));
      WITH inserted AS (
        INSERT INTO ${q}events (stream_id, revision, event_id, type, schema_version, data, metadata, personal, prev_hash, hash)
        SELECT p_stream_id, p_head_revision + u.ord, u.event_id, u.type, u.schema_version, u.data, u.metadata, u.personal,
               CASE WHEN u.ord = 1 THEN p_head_hash ELSE p_hashes[u.ord - 1] END, u.hash
          FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata, p_personal, p_hashes)
               WITH ORDINALITY AS u(event_id, type, schema_version, data, metadata, personal, hash, ord)
         ORDER BY u.ord
        RETURNING global_position
      )
      SELECT array_agg(i.global_position ORDER BY i.global_position) INTO v_positions FROM inserted i;
    EXCEPTION WHEN unique_violation THEN
      -- A concurrent writer committed first: look again (its events, or the same ids, are now visible).
      CONTINUE;
    END;
    IF p_notify_channel IS NOT NULL THEN
      PERFORM pg_notify(p_notify_channel, '');
    END IF;
    RETURN QUERY SELECT 'ok'::text, p_head_revision + v_count, p_hashes[v_count], v_positions;
    RETURN;
  END LOOP;
  RETURN QUERY SELECT 'stale_head'::text, v_revision, v_hash, NULL::bigint[];
END
$fn$;
`,
};

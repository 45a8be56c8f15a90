import { GENESIS_HASH } from '../../integrity/event-hash';
import type { Migration } from './migration';

/**
 * append_to_stream: the whole append in one statement (one round trip, so it is as cheap in its own
 * transaction as inside the caller's). Hashes are computed by the client over the stored bytes; the
 * function checks that the client chained them onto the current head, else answers `stale_head` with
 * that head so the client can re-chain. Outcomes are statuses, not exceptions, so a refused append
 * leaves the caller's transaction usable.
 *
 * p_expected: -1 any, -2 no_stream, -3 stream_exists, n ≥ 0 the exact revision.
 *
 * Fast path: one UPDATE (or, for a new stream, one INSERT) of the stream's head row that succeeds
 * only if the head is where the client chained from and the expectation holds; that statement also
 * takes the row lock. Anything else falls to the slow path, which locks the row and says why.
 * Before taking positions, the function holds a shared advisory lock keyed by the last position
 * already handed out (its "in-flight marker", see 0003); readers never read past a live marker.
 */
export const appendFunction: Migration = {
  version: 2,
  name: 'append_to_stream function',
  sql: ({ q, markerBase }) => `
CREATE FUNCTION ${q}append_to_stream(
  p_stream_id text, p_expected bigint, p_head_revision bigint, p_head_hash text,
  p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[],
  p_personal jsonb[], p_hashes text[], p_notify_channel text
) RETURNS TABLE (status text, revision bigint, head_hash text, positions bigint[])
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count     integer := cardinality(p_event_ids);
  v_new_hash  text := p_hashes[cardinality(p_event_ids)];
  v_done      boolean := false;
  v_revision  bigint;
  v_hash      text;
  v_truncate  bigint;
  v_actual    bigint;
  v_existing  bigint[];
  v_positions bigint[];
BEGIN
  IF p_head_revision = -1 AND p_head_hash = '${GENESIS_HASH}' AND p_expected IN (-1, -2) THEN
    INSERT INTO ${q}streams AS s (stream_id, revision, last_hash) VALUES (p_stream_id, v_count - 1, v_new_hash)
      ON CONFLICT (stream_id) DO NOTHING;
    v_done := FOUND;
  ELSE
    UPDATE ${q}streams AS s SET revision = s.revision + v_count, last_hash = v_new_hash, updated_at = now()
     WHERE s.stream_id = p_stream_id AND s.revision = p_head_revision AND s.last_hash = p_head_hash
       AND CASE
             WHEN p_expected = -1 THEN true
             WHEN p_expected = -2 THEN s.revision < s.truncate_before
             WHEN p_expected = -3 THEN s.revision >= s.truncate_before
             ELSE s.revision >= s.truncate_before AND s.revision = p_expected
           END;
    v_done := FOUND;
    IF v_done THEN
      -- Idempotency, checked under the row lock so that a concurrent twin append is seen.
      SELECT array_agg(e.global_position ORDER BY e.revision) INTO v_existing
        FROM ${q}events e WHERE e.stream_id = p_stream_id AND e.event_id = ANY (p_event_ids);
      IF v_existing IS NOT NULL THEN
        UPDATE ${q}streams AS s SET revision = p_head_revision, last_hash = p_head_hash WHERE s.stream_id = p_stream_id;
        RETURN QUERY SELECT 'duplicate'::text, p_head_revision, p_head_hash, v_existing;
        RETURN;
      END IF;
    END IF;
  END IF;

  IF NOT v_done THEN
    -- Slow path: lock the head (or learn the stream is new) and report why the fast path failed.
    LOOP
      SELECT s.revision, s.last_hash, s.truncate_before INTO v_revision, v_hash, v_truncate
        FROM ${q}streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
      EXIT WHEN FOUND;
      INSERT INTO ${q}streams (stream_id, revision, last_hash) VALUES (p_stream_id, -1, '${GENESIS_HASH}')
        ON CONFLICT (stream_id) DO NOTHING;
    END LOOP;
    SELECT array_agg(e.global_position ORDER BY e.revision) INTO v_existing
      FROM ${q}events e WHERE e.stream_id = p_stream_id AND e.event_id = ANY (p_event_ids);
    IF v_existing IS NOT NULL THEN
      RETURN QUERY SELECT 'duplicate'::text, v_revision, v_hash, v_existing;
      RETURN;
    END IF;
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
    UPDATE ${q}streams AS s SET revision = v_revision + v_count, last_hash = v_new_hash, updated_at = now()
     WHERE s.stream_id = p_stream_id;
  END IF;

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

  IF p_notify_channel IS NOT NULL THEN
    PERFORM pg_notify(p_notify_channel, '');
  END IF;
  RETURN QUERY SELECT 'ok'::text, p_head_revision + v_count, v_new_hash, v_positions;
END
$fn$;
`,
};

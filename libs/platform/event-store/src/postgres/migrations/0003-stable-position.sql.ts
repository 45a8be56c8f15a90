import { MARKER_POSITION_RANGE } from '../schema-names';
import type { Migration } from './migration';

/**
 * stable_position(): the highest global position P such that no event at or below P can still
 * appear. Readers of the global log (readAll, subscriptions) read only up to P, then read the rows
 * with a snapshot taken afterwards (a separate statement).
 *
 * Why not `transaction_id < pg_snapshot_xmin(...)` alone: positions come from a sequence, taken in
 * an order unrelated to transaction ids. A transaction with an old xid (a caller's transaction that
 * wrote before appending) can take position 6 and commit while a younger one still holds position 5
 * uncommitted; the xmin fence then shows 6 and hides 5, and a reader moving its checkpoint to 6
 * skips 5 forever. Ordering by (transaction_id, position) avoids the skip but is not global order.
 *
 * The proof for this fence. Every append, before taking positions, reads the sequence's last value
 * F₀ and holds a shared advisory lock on markerBase + F₀ until its transaction ends (the marker).
 * Its positions are then > F₀. A reader reads the sequence's last value S, then the live markers,
 * and returns P = min(S, min marker F₀). Take any event at position p ≤ P:
 * - its transaction's marker was seen: then p > F₀ ≥ P, contradiction;
 * - its marker was taken after the reader looked at pg_locks: then its nextval came after the reader
 *   read S, so p > S ≥ P, contradiction;
 * - so its transaction had ended before the reader looked (advisory locks are released after the
 *   commit is visible): it is committed or rolled back, and a later snapshot sees the final state.
 */
export const stablePositionFunction: Migration = {
  version: 3,
  name: 'stable_position function',
  sql: ({ q, markerBase }) => `
CREATE FUNCTION ${q}stable_position() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_last   bigint;
  v_marker bigint;
BEGIN
  SELECT CASE WHEN sq.is_called THEN sq.last_value ELSE sq.last_value - 1 END INTO v_last
    FROM ${q}events_global_position_seq sq;
  SELECT min(((l.classid::bigint << 32) | l.objid::bigint) - ${markerBase.toString()}::bigint) INTO v_marker
    FROM pg_locks l
   WHERE l.locktype = 'advisory' AND l.objsubid = 1
     AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
     AND ((l.classid::bigint << 32) | l.objid::bigint)
         BETWEEN ${markerBase.toString()}::bigint AND ${(markerBase + MARKER_POSITION_RANGE).toString()}::bigint;
  RETURN LEAST(v_last, v_marker);
END
$fn$;
`,
};

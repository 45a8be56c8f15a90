import type { StreamMetadata } from '../port/event-store';
import type { PgContext } from './pg-context';

export const getStreamMetadata = async (ctx: PgContext, streamId: string): Promise<StreamMetadata> => {
  const { rows } = await ctx.pool.query<{ metadata: Record<string, unknown>; truncate_before: string }>({
    text: `SELECT metadata, truncate_before FROM ${ctx.names.q}streams WHERE stream_id = $1`,
    values: [streamId],
  });
  const [row] = rows;
  if (!row) return {};
  const truncateBefore = Number(row.truncate_before);
  return truncateBefore > 0 ? { ...row.metadata, truncateBefore } : { ...row.metadata };
};

/**
 * Replaces the stream's metadata. `truncateBefore` hides older events from reads (they stay stored,
 * so the hash chain still verifies) and drops the stream's snapshot, which folded them; left out,
 * the current truncation stays (a soft-deleted stream is not revived by a metadata change; pass 0
 * to lift a truncation).
 */
export const setStreamMetadata = async (ctx: PgContext, streamId: string, metadata: StreamMetadata): Promise<void> => {
  const { truncateBefore, ...rest } = metadata;
  if (truncateBefore !== undefined && (!Number.isSafeInteger(truncateBefore) || truncateBefore < 0)) {
    throw new TypeError(`Invalid truncateBefore ${String(truncateBefore)}`);
  }
  const { q } = ctx.names;
  await ctx.pool.query({
    text: `WITH upsert AS (
             INSERT INTO ${q}streams (stream_id, truncate_before, metadata)
             VALUES ($1, coalesce($2, 0), $3)
             ON CONFLICT (stream_id) DO UPDATE
               SET truncate_before = coalesce($2, ${q}streams.truncate_before), metadata = excluded.metadata, updated_at = now()
           )
           DELETE FROM ${q}snapshots WHERE stream_id = $1 AND revision < $2`,
    values: [streamId, truncateBefore ?? null, JSON.stringify(rest)],
  });
};

/** Soft delete: truncate past the last event. Appending again continues the revisions. */
export const deleteStream = async (ctx: PgContext, streamId: string): Promise<void> => {
  const { q } = ctx.names;
  await ctx.pool.query({
    text: `WITH deleted AS (
             INSERT INTO ${q}streams (stream_id, truncate_before)
             SELECT $1, max(e.revision) + 1 FROM ${q}events e WHERE e.stream_id = $1 HAVING count(*) > 0
             ON CONFLICT (stream_id) DO UPDATE SET truncate_before = excluded.truncate_before, updated_at = now()
           )
           DELETE FROM ${q}snapshots WHERE stream_id = $1`,
    values: [streamId],
  });
};

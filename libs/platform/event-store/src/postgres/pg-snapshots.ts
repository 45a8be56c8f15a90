import type { Snapshot } from '../port/snapshot';
import type { PgContext } from './pg-context';

export const readSnapshot = async (ctx: PgContext, streamId: string, stateVersion: number): Promise<Snapshot | null> => {
  const { rows } = await ctx.pool.query<{ revision: string; state: unknown; subjects: string[] }>({
    name: `es_read_snapshot_${ctx.names.schema}`,
    text: `SELECT revision, state, subjects FROM ${ctx.names.q}snapshots WHERE stream_id = $1 AND state_version = $2`,
    values: [streamId, stateVersion],
  });
  const [row] = rows;
  return row ? { streamId, revision: Number(row.revision), stateVersion, state: row.state, subjects: row.subjects } : null;
};

/**
 * Upserts the snapshot unless a newer one is there. Refused (silently: a snapshot is only a cache)
 * when one of its subjects is forgotten; forgetSubject locks the table, so no snapshot written
 * from pre-forget reads can slip in after it.
 */
export const writeSnapshot = async (ctx: PgContext, snapshot: Snapshot): Promise<void> => {
  const { q } = ctx.names;
  await ctx.pool.query({
    name: `es_write_snapshot_${ctx.names.schema}`,
    text: `INSERT INTO ${q}snapshots (stream_id, revision, state_version, state, subjects)
           SELECT $1, $2, $3, $4, $5
            WHERE NOT EXISTS (SELECT 1 FROM ${q}forgotten_subjects f WHERE f.subject_id = ANY ($5::text[]))
           ON CONFLICT (stream_id) DO UPDATE
             SET revision = excluded.revision, state_version = excluded.state_version, state = excluded.state,
                 subjects = excluded.subjects, written_at = now()
           WHERE ${q}snapshots.revision <= excluded.revision OR ${q}snapshots.state_version <> excluded.state_version`,
    values: [snapshot.streamId, snapshot.revision, snapshot.stateVersion, JSON.stringify(snapshot.state), [...snapshot.subjects]],
  });
};

import { ChainVerifier } from '../integrity/chain-verifier';
import type { VerificationReport } from '../port/event-store';
import type { PgContext } from './pg-context';

interface LinkRow {
  readonly stream_id: string;
  readonly revision: string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly prev_hash: string;
  readonly hash: string;
  readonly head_revision: string | null;
  readonly head_hash: string | null;
}

const PAGE = 5_000;

const linkOf = (row: LinkRow) => ({
  streamId: row.stream_id,
  revision: Number(row.revision),
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  prevHash: row.prev_hash,
  hash: row.hash,
});

const LINK_COLUMNS = `e.stream_id, e.revision, e.event_id, e.type, e.schema_version, e.data, e.metadata, e.prev_hash, e.hash,
                      s.revision AS head_revision, s.last_hash AS head_hash`;

/** Every stored event of the stream, truncated ones included: the chain starts at revision 0. */
export const verifyStream = async (ctx: PgContext, streamId: string): Promise<VerificationReport> => {
  const { q } = ctx.names;
  const verifier = new ChainVerifier();
  const { rows: heads } = await ctx.pool.query<{ revision: string; last_hash: string }>({
    text: `SELECT revision, last_hash FROM ${q}streams WHERE stream_id = $1`,
    values: [streamId],
  });
  let after = -1;
  for (;;) {
    const { rows } = await ctx.pool.query<LinkRow>({
      text: `SELECT ${LINK_COLUMNS} FROM ${q}events e LEFT JOIN ${q}streams s ON s.stream_id = e.stream_id
              WHERE e.stream_id = $1 AND e.revision > $2 ORDER BY e.revision LIMIT ${PAGE}`,
      values: [streamId, after],
    });
    for (const row of rows) if (!verifier.accept(linkOf(row))) return verifier.report();
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) break;
    after = Number(last.revision);
  }
  const head = heads[0];
  if (head) verifier.finishStream(streamId, Number(head.revision), head.last_hash);
  return verifier.report();
};

/** Walks all events in (stream, revision) order, checking each stream's head as it closes. */
export const verifyAll = async (ctx: PgContext): Promise<VerificationReport> => {
  const { q } = ctx.names;
  const verifier = new ChainVerifier();
  let cursor: { streamId: string; revision: number } | undefined;
  let open: LinkRow | undefined;
  const close = (row: LinkRow | undefined): boolean => {
    if (!row) return true;
    if (row.head_revision === null || row.head_hash === null) {
      return verifier.finishStream(row.stream_id, -2, '');
    }
    return verifier.finishStream(row.stream_id, Number(row.head_revision), row.head_hash);
  };
  for (;;) {
    const { rows } = await ctx.pool.query<LinkRow>({
      text: `SELECT ${LINK_COLUMNS} FROM ${q}events e LEFT JOIN ${q}streams s ON s.stream_id = e.stream_id
              ${cursor ? 'WHERE (e.stream_id, e.revision) > ($1, $2)' : ''}
              ORDER BY e.stream_id, e.revision LIMIT ${PAGE}`,
      values: cursor ? [cursor.streamId, cursor.revision] : [],
    });
    for (const row of rows) {
      if (open && open.stream_id !== row.stream_id && !close(open)) return verifier.report();
      if (!verifier.accept(linkOf(row))) return verifier.report();
      open = row;
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) break;
    cursor = { streamId: last.stream_id, revision: Number(last.revision) };
  }
  if (!close(open)) return verifier.report();
  // A stream whose head says it has events, yet none is stored: its whole chain was deleted.
  const { rows: emptied } = await ctx.pool.query<{ stream_id: string; revision: string; last_hash: string }>({
    text: `SELECT s.stream_id, s.revision, s.last_hash FROM ${q}streams s
            WHERE s.revision >= 0 AND NOT EXISTS (SELECT 1 FROM ${q}events e WHERE e.stream_id = s.stream_id) LIMIT 1`,
  });
  const [gone] = emptied;
  if (gone) verifier.finishStream(gone.stream_id, Number(gone.revision), gone.last_hash);
  return verifier.report();
};

import { ChainVerifier } from '../integrity/chain-verifier';
import type { VerificationReport } from '../port/event-store';
import type { PgContext } from './pg-context';
import { STORED_LINK_COLUMNS, storedLinkOf, type StoredLinkRow } from './stored-link-row';

const PAGE = 5_000;

/**
 * Every stored event of the stream, truncated ones included: the chain starts at revision 0.
 * Removing the newest events leaves a shorter valid chain: only a head published elsewhere (the
 * relay's Kafka topics, an auditor's copy of verifyStream's last hash) can show that.
 */
export const verifyStream = async (ctx: PgContext, streamId: string): Promise<VerificationReport> => {
  const { q } = ctx.names;
  const verifier = new ChainVerifier();
  let after = -1;
  for (;;) {
    const { rows } = await ctx.pool.query<StoredLinkRow>({
      text: `SELECT ${STORED_LINK_COLUMNS} FROM ${q}events e WHERE e.stream_id = $1 AND e.revision > $2 ORDER BY e.revision LIMIT ${PAGE}`,
      values: [streamId, after],
    });
    for (const row of rows) if (!verifier.accept(storedLinkOf(row))) return verifier.report();
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) break;
    after = Number(last.revision);
  }
  return verifier.report();
};

/** Walks all events in (stream, revision) order. */
export const verifyAll = async (ctx: PgContext): Promise<VerificationReport> => {
  const { q } = ctx.names;
  const verifier = new ChainVerifier();
  let cursor: { streamId: string; revision: number } | undefined;
  for (;;) {
    const { rows } = await ctx.pool.query<StoredLinkRow>({
      text: `SELECT ${STORED_LINK_COLUMNS} FROM ${q}events e
              ${cursor ? 'WHERE (e.stream_id, e.revision) > ($1, $2)' : ''}
              ORDER BY e.stream_id, e.revision LIMIT ${PAGE}`,
      values: cursor ? [cursor.streamId, cursor.revision] : [],
    });
    for (const row of rows) if (!verifier.accept(storedLinkOf(row))) return verifier.report();
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) break;
    cursor = { streamId: last.stream_id, revision: Number(last.revision) };
  }
  return verifier.report();
};

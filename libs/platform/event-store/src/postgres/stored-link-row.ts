import type { StoredLink } from '../integrity/chain-verifier';

/** One row of a PostgreSQL store's `events` table, as far as its hash chain is concerned. */
export interface StoredLinkRow {
  readonly stream_id: string;
  readonly revision: string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly prev_hash: string;
  readonly hash: string;
}

/** The columns a StoredLinkRow reads, for a query that names the events table `e`. */
export const STORED_LINK_COLUMNS = 'e.stream_id, e.revision, e.event_id, e.type, e.schema_version, e.data, e.metadata, e.prev_hash, e.hash';

/** The row as the chain verifier sees it (revision is a bigint, read as text by pg). */
export const storedLinkOf = (row: StoredLinkRow): StoredLink => ({
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

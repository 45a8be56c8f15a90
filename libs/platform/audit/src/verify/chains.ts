import { ChainVerifier, STORED_LINK_COLUMNS, storedLinkOf, type StoredLinkRow } from '@titrepro/event-store';
import type { BrokenLink, StoreVerification } from '../model';
import type { AuditedStore } from '../stores/audited-stores';

const PAGE = 5_000;

/** What `verify` tells whoever watches: a store's events checked so far, of how many, and since when. */
export interface ChainProgress {
  readonly region: string;
  readonly service: string;
  readonly checked: number;
  readonly total: number;
}

/**
 * Every hash chain of one store, stream by stream in (stream, revision) order, from the stored bytes:
 * unlike the store's `verifyAll`, it goes on past a broken stream and reports each one (its first
 * broken link). Removing a stream's newest events leaves a shorter valid chain (see verifyStream).
 */
export const verifyChains = async (store: AuditedStore, onProgress: (progress: ChainProgress) => void = () => undefined): Promise<StoreVerification> => {
  const started = performance.now();
  const { q } = store;
  const total = Number((await store.pool.query<{ count: string }>(`SELECT count(*) AS count FROM ${q}events`)).rows[0]?.count ?? 0);
  const broken: BrokenLink[] = [];
  let verifier = new ChainVerifier();
  let current: string | undefined;
  let currentBroken = false;
  let streams = 0;
  let checked = 0;
  let cursor: { streamId: string; revision: number } | undefined;
  for (;;) {
    const { rows } = await store.pool.query<StoredLinkRow>({
      text: `SELECT ${STORED_LINK_COLUMNS} FROM ${q}events e
              ${cursor ? 'WHERE (stream_id, revision) > ($1, $2)' : ''} ORDER BY stream_id, revision LIMIT ${PAGE}`,
      values: cursor ? [cursor.streamId, cursor.revision] : [],
    });
    for (const row of rows) {
      checked += 1;
      if (row.stream_id !== current) {
        current = row.stream_id;
        currentBroken = false;
        verifier = new ChainVerifier();
        streams += 1;
      }
      if (currentBroken) continue;
      const accepted = verifier.accept(storedLinkOf(row));
      if (!accepted) {
        currentBroken = true;
        const link = verifier.report().firstBroken;
        if (link) broken.push({ region: store.region, service: store.service, ...link });
      }
    }
    onProgress({ region: store.region, service: store.service, checked, total });
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    cursor = { streamId: last.stream_id, revision: Number(last.revision) };
  }
  const elapsedMs = performance.now() - started;
  return {
    region: store.region,
    service: store.service,
    read: true,
    error: null,
    streams,
    events: checked,
    elapsedMs: Math.round(elapsedMs),
    eventsPerSecond: elapsedMs > 0 ? Math.round((checked * 1000) / elapsedMs) : checked,
    broken,
  };
};

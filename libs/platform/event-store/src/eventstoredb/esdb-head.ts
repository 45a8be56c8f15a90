import type { EventStoreDBClient } from '@eventstore/db-client';
import { GENESIS_HASH } from '../integrity/event-hash';
import type { StoredEvent } from '../stored/stored-event';
import { readStoredStream } from './esdb-reads';
import { readRawMetadata } from './esdb-stream-metadata';

/** How many of the last events an append looks at to recognise a re-sent batch (idempotency). */
export const IDEMPOTENCY_WINDOW = 32;

export interface EsdbHead {
  /** The chain's last link (a truncated one when nothing is readable). */
  readonly revision: number;
  readonly hash: string;
  /** The last readable revision, -1 when the stream reads as empty: what expectations compare with. */
  readonly visible: number;
  /** The last readable events, newest first. */
  readonly tail: readonly StoredEvent[];
}

export const readHead = async (client: EventStoreDBClient, streamId: string, window = IDEMPOTENCY_WINDOW): Promise<EsdbHead> => {
  const tail = await readStoredStream(client, streamId, { direction: 'backwards', maxCount: window });
  const [last] = tail;
  if (last) return { revision: last.revision, hash: last.hash, visible: last.revision, tail };
  const { anchor } = await readRawMetadata(client, streamId);
  return anchor ? { revision: anchor.revision, hash: anchor.hash, visible: -1, tail } : { revision: -1, hash: GENESIS_HASH, visible: -1, tail };
};

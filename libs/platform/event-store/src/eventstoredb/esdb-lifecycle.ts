import { StreamNotFoundError, type EventStoreDBClient } from '@eventstore/db-client';
import type { StreamMetadata } from '../port/event-store';
import { snapshotStreamOf } from './esdb-envelope';
import { readHead } from './esdb-head';
import { readStoredStream } from './esdb-reads';
import { readRawMetadata, writeRawMetadata, type ChainAnchor } from './esdb-stream-metadata';

export const getEsdbStreamMetadata = async (client: EventStoreDBClient, streamId: string): Promise<StreamMetadata> => {
  const { custom, truncateBefore } = await readRawMetadata(client, streamId);
  return truncateBefore !== undefined && truncateBefore > 0 ? { ...custom, truncateBefore } : { ...custom };
};

/**
 * Sets metadata; a truncateBefore also records the hash of the last event it hides (EventStoreDB
 * cannot read hidden events, and verification must start the chain from somewhere it can trust)
 * and drops the stream's snapshot, which folded hidden events.
 */
export const setEsdbStreamMetadata = async (client: EventStoreDBClient, streamId: string, metadata: StreamMetadata): Promise<void> => {
  const { truncateBefore, ...custom } = metadata;
  const current = await readRawMetadata(client, streamId);
  let anchor: ChainAnchor | undefined = current.anchor;
  if (truncateBefore !== undefined && truncateBefore > 0) {
    const [hidden] = await readStoredStream(client, streamId, { fromRevision: truncateBefore - 1, maxCount: 1 });
    if (hidden && hidden.revision === truncateBefore - 1) anchor = { revision: hidden.revision, hash: hidden.hash };
    else if (current.anchor?.revision !== truncateBefore - 1) anchor = undefined;
    await deleteSnapshot(client, streamId);
  }
  // Left out, the current truncation stays: a soft-deleted stream is not revived by a metadata change.
  const keptTruncation = truncateBefore ?? current.truncateBefore;
  await writeRawMetadata(client, streamId, { custom, ...(keptTruncation !== undefined ? { truncateBefore: keptTruncation } : {}), ...(anchor ? { anchor } : {}) });
};

/** Soft delete as EventStoreDB does it ($tb past the last event), keeping the chain's last link. */
export const deleteEsdbStream = async (client: EventStoreDBClient, streamId: string): Promise<void> => {
  const head = await readHead(client, streamId, 1);
  if (head.visible < 0) return;
  const current = await readRawMetadata(client, streamId);
  await writeRawMetadata(client, streamId, { custom: current.custom, truncateBefore: head.revision + 1, anchor: { revision: head.revision, hash: head.hash } });
  await deleteSnapshot(client, streamId);
};

const deleteSnapshot = async (client: EventStoreDBClient, streamId: string): Promise<void> => {
  try {
    await client.deleteStream(snapshotStreamOf(streamId));
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
};

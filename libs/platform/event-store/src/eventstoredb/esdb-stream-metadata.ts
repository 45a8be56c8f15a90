import { StreamNotFoundError, type EventStoreDBClient } from '@eventstore/db-client';

/** Custom stream-metadata key: the last hidden link of a truncated stream's chain. */
export const ANCHOR_KEY = 'titrepro.chainAnchor';

export interface ChainAnchor {
  readonly revision: number;
  readonly hash: string;
}

export interface RawStreamMetadata {
  readonly truncateBefore?: number;
  readonly anchor?: ChainAnchor;
  readonly custom: Record<string, unknown>;
}

const SYSTEM_KEYS = new Set(['truncateBefore', 'maxAge', 'maxCount', 'cacheControl', 'acl', ANCHOR_KEY]);

export const readRawMetadata = async (client: EventStoreDBClient, streamId: string): Promise<RawStreamMetadata> => {
  let metadata: Record<string, unknown> | undefined;
  try {
    metadata = (await client.getStreamMetadata(streamId)).metadata as Record<string, unknown> | undefined;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return { custom: {} };
    throw error;
  }
  if (!metadata) return { custom: {} };
  const custom = Object.fromEntries(Object.entries(metadata).filter(([key]) => !SYSTEM_KEYS.has(key)));
  const truncateBefore = typeof metadata['truncateBefore'] === 'number' ? metadata['truncateBefore'] : undefined;
  const anchor = metadata[ANCHOR_KEY] as ChainAnchor | undefined;
  return {
    custom,
    ...(truncateBefore !== undefined ? { truncateBefore } : {}),
    ...(anchor && typeof anchor.hash === 'string' ? { anchor } : {}),
  };
};

export const writeRawMetadata = async (client: EventStoreDBClient, streamId: string, metadata: RawStreamMetadata): Promise<void> => {
  await client.setStreamMetadata(streamId, {
    ...metadata.custom,
    ...(metadata.truncateBefore !== undefined ? { truncateBefore: metadata.truncateBefore } : {}),
    ...(metadata.anchor ? { [ANCHOR_KEY]: metadata.anchor } : {}),
  });
};

import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  type EventStoreDBClient,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { StoredEvent } from '../stored/stored-event';
import { fromEsdbEvent } from './esdb-envelope';

const ALL = BigInt(Number.MAX_SAFE_INTEGER);

export interface StreamRead {
  readonly direction?: 'forwards' | 'backwards';
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

/** A stream's readable events (those at or above truncateBefore); a missing stream reads as empty. */
export const readStoredStream = async (client: EventStoreDBClient, streamId: string, options: StreamRead = {}): Promise<StoredEvent[]> => {
  const backwards = options.direction === 'backwards';
  const events: StoredEvent[] = [];
  try {
    const read = client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
      maxCount: options.maxCount === undefined ? ALL : BigInt(options.maxCount),
    });
    for await (const resolved of read as AsyncIterable<ResolvedEvent>) {
      const stored = resolved.event ? fromEsdbEvent(resolved.event) : undefined;
      if (stored) events.push(stored);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
};

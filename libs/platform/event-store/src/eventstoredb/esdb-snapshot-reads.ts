import { BACKWARDS, END, StreamNotFoundError, type EventStoreDBClient, type ResolvedEvent } from '@eventstore/db-client';

/** The data of the last event of a snapshot stream (empty when there is none). */
export const readStoredSnapshots = async (client: EventStoreDBClient, stream: string): Promise<unknown[]> => {
  try {
    const read = client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1n });
    const found: unknown[] = [];
    for await (const resolved of read as AsyncIterable<ResolvedEvent>) if (resolved.event) found.push(resolved.event.data);
    return found;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
};

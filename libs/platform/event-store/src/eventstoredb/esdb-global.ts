import { FORWARDS, START, type AllStreamResolvedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { StoredEvent } from '../stored/stored-event';
import { fromEsdbEvent, isInternalOrSystem } from './esdb-envelope';

/**
 * The global log ($all) after a commit position, without system and internal events. EventStoreDB
 * orders $all by commit, so it has no late-commit gaps. Filters run client-side (readAll has no
 * server filter in client 6): category reads scan $all.
 */
export async function* readGlobal(client: EventStoreDBClient, after: number, category?: string): AsyncGenerator<StoredEvent> {
  const fromPosition = after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
  const read = client.readAll({ fromPosition, direction: FORWARDS, maxCount: BigInt(Number.MAX_SAFE_INTEGER) });
  for await (const resolved of read as AsyncIterable<AllStreamResolvedEvent>) {
    const event = resolved.event;
    if (!event || isInternalOrSystem(event.streamId, event.type)) continue;
    if (category !== undefined && !event.streamId.startsWith(`${category}-`)) continue;
    const stored = fromEsdbEvent(event);
    // readAll's fromPosition is inclusive; the port's `after` is not.
    if (stored && stored.globalPosition > after) yield stored;
  }
}

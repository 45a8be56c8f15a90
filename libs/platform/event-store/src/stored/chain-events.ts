import { canonicalParts, hashCanonical, type CanonicalParts } from '../integrity/event-hash';
import type { ChainedEvent, SealedEvent } from './stored-event';

/** A sealed event with its canonical JSON computed once: hashed, and sent to storage as is. */
export interface PreparedEvent {
  readonly event: SealedEvent;
  readonly canonical: CanonicalParts;
}

export const prepareEvents = (events: readonly SealedEvent[]): PreparedEvent[] =>
  events.map((event) => ({ event, canonical: canonicalParts(event) }));

/** The hashes of the events placed after the stream's head (revisions head+1…), each over the previous. */
export const chainHashes = (streamId: string, events: readonly PreparedEvent[], headRevision: number, headHash: string): string[] => {
  let prevHash = headHash;
  return events.map(({ canonical }, index) => {
    prevHash = hashCanonical(prevHash, streamId, headRevision + 1 + index, canonical);
    return prevHash;
  });
};

/** Places sealed events after the stream's head, as full chained events. */
export const chainEvents = (streamId: string, events: readonly SealedEvent[], headRevision: number, headHash: string): ChainedEvent[] => {
  const hashes = chainHashes(streamId, prepareEvents(events), headRevision, headHash);
  return events.map((event, index) => ({
    ...event,
    streamId,
    revision: headRevision + 1 + index,
    prevHash: index === 0 ? headHash : (hashes[index - 1] ?? ''),
    hash: hashes[index] ?? '',
  }));
};

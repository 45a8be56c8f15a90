import { eventHash } from '../integrity/event-hash';
import type { ChainedEvent, SealedEvent } from './stored-event';

/** Places sealed events after the stream's head: revisions head+1…, each hash over the previous. */
export const chainEvents = (streamId: string, events: readonly SealedEvent[], headRevision: number, headHash: string): ChainedEvent[] => {
  let prevHash = headHash;
  return events.map((event, index) => {
    const revision = headRevision + 1 + index;
    const hash = eventHash(prevHash, { ...event, streamId, revision });
    const chained: ChainedEvent = { ...event, streamId, revision, prevHash, hash };
    prevHash = hash;
    return chained;
  });
};

import { candidateEvents } from '@titrepro/domain-registry';
import type { RecordedEvent } from '@titrepro/event-store';
import { historyEntryOf, type HistoryEntry } from '@titrepro/service-kit';

const describe = historyEntryOf(candidateEvents);

/**
 * A candidate's timeline across regions: this region's events and those a received file carried
 * from the sending region (each with its region and hash, to check against that region's chain),
 * in the order they were decided. So auditors read the whole history in whichever region holds
 * the file. Each region's clock dates its own events; within a region the order is its stream's.
 */
export const candidateTimeline = (recorded: readonly RecordedEvent[]): HistoryEntry[] =>
  recorded
    .flatMap((event) => {
      const entry = describe(event);
      if (event.type !== 'CandidateFileReceived') return [entry];
      const read = candidateEvents.read(event);
      const carried = read.ok && read.value.type === 'CandidateFileReceived' ? read.value.data.sourceHistory : [];
      return [...carried, entry];
    })
    // Stable: entries decided at the same instant keep their stream order.
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));

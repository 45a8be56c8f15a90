import type { EventStore } from '@titrepro/event-store';
import { randomUUID } from 'node:crypto';
import { SEQUENCE_EVENT_TYPE } from './sequence-contract';

export const TEST_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

export const candidateIds = (count: number, prefix = 'cand'): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(4, '0')}`);

export const streamOf = (candidateId: string, category = 'candidate'): string => `${category}-${candidateId}`;

export interface SequenceWorkload {
  readonly candidates: readonly string[];
  /** Events per candidate; sequence numbers 0…n-1. */
  readonly eventsPerCandidate: number;
  /** Sequence number of the first event appended (to continue a workload). */
  readonly firstSequence?: number;
  /** Stream category (`<category>-<candidate id>`), so that tests sharing a store can relay apart. */
  readonly category?: string;
  /** Appends in flight at once (each to a different candidate). */
  readonly concurrency?: number;
  /** Called after each round (one event per candidate) with the number of events appended so far. */
  readonly onProgress?: (appended: number) => void;
}

/**
 * Appends `eventsPerCandidate` events to each candidate's stream in rounds (event n of every
 * candidate, then n+1), so candidates interleave in the global log as they would in production.
 */
export const appendSequenceEvents = async (store: EventStore, workload: SequenceWorkload): Promise<number> => {
  const first = workload.firstSequence ?? 0;
  const concurrency = workload.concurrency ?? 8;
  let appended = 0;
  for (let sequence = first; sequence < first + workload.eventsPerCandidate; sequence += 1) {
    let next = 0;
    const worker = async () => {
      while (next < workload.candidates.length) {
        const candidateId = workload.candidates[next++] as string;
        await store.appendToStream(
          streamOf(candidateId, workload.category),
          [
            {
              eventId: randomUUID(),
              type: SEQUENCE_EVENT_TYPE,
              schemaVersion: 1,
              data: { candidateId, sequence },
              metadata: {
                correlationId: `corr-${candidateId}`,
                causationId: `cmd-${candidateId}-${sequence}`,
                actor: { subject: 'test', role: 'regional-office' },
                region: '84',
                occurredAt: new Date().toISOString(),
                traceparent: TEST_TRACEPARENT,
              },
            },
          ],
          { expectedRevision: sequence === 0 ? 'no_stream' : sequence - 1 },
        );
        appended += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    workload.onProgress?.(appended);
  }
  return appended;
};

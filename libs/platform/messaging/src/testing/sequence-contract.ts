import { createContractRegistry, defineContract } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';
import { z } from 'zod';
import { integrationEvent, type EventMapper } from '../relay/event-mapper';

/** A test-only integration event: the n-th event of a candidate, so order and duplicates show. */
export const SequenceRecordedV1 = defineContract({
  type: 'SequenceRecorded',
  version: 1,
  context: 'registry',
  summary: 'Test event: the n-th event of a candidate.',
  schema: z.object({ candidateId: z.string().min(1), sequence: z.number().int().nonnegative() }),
});

export const SEQUENCE_CONTRACTS = createContractRegistry([SequenceRecordedV1]);

/** The domain event type the test streams hold. */
export const SEQUENCE_EVENT_TYPE = 'SequenceRecorded';

export const sequenceMapper: EventMapper = (event: RecordedEvent) =>
  event.type === SEQUENCE_EVENT_TYPE
    ? integrationEvent(SequenceRecordedV1, {
        candidateId: String(event.data['candidateId']),
        sequence: Number(event.data['sequence']),
      })
    : null;

import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideRecordInterview } from './decide-record-interview';

export interface RecordInterviewData {
  readonly sessionId: string;
  readonly candidateId: string;
  /** Server field: the authenticated jury member. */
  readonly memberId: string;
}

export const recordInterviewDataSchema: z.ZodType<RecordInterviewData, unknown> = z.strictObject({
  sessionId: identifier,
  candidateId: identifier,
  memberId: identifier,
});

export const recordInterviewCommand = defineCommand({ type: 'RecordInterview', schema: recordInterviewDataSchema, decide: decideRecordInterview });

export const parseRecordInterview = recordInterviewCommand.parse;

/** A jury member records that the jury interviewed the candidate (entretien), on the session day or later. */
export type RecordInterview = TypedCommand<'RecordInterview', RecordInterviewData>;

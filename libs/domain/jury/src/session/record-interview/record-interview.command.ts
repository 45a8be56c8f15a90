import { commandParser, identifier, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

export const parseRecordInterview = commandParser('RecordInterview', recordInterviewDataSchema);

/** A jury member records that the jury interviewed the candidate (entretien), on the session day or later. */
export type RecordInterview = ParsedCommand<typeof parseRecordInterview>;

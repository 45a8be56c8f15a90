import { commandParser, identifier, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

export interface RecordErasureData {
  readonly candidateId: string;
}

/** The data of RecordErasure, from the registry's CandidatePersonalDataErased. */
export const recordErasureDataSchema: z.ZodType<RecordErasureData, unknown> = z.strictObject({ candidateId: identifier });

export const parseRecordErasure = commandParser('RecordErasure', recordErasureDataSchema);

/** The candidate's personal data was erased: their documents are no longer served. */
export type RecordErasure = ParsedCommand<typeof parseRecordErasure>;

import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideRecordErasure } from './decide-record-erasure';

export interface RecordErasureData {
  readonly candidateId: string;
}

/** The data of RecordErasure, from the registry's CandidatePersonalDataErased. */
export const recordErasureDataSchema: z.ZodType<RecordErasureData, unknown> = z.strictObject({ candidateId: identifier });

export const recordErasureCommand = defineCommand({ type: 'RecordErasure', schema: recordErasureDataSchema, decide: decideRecordErasure });

export const parseRecordErasure = recordErasureCommand.parse;

/** The candidate's personal data was erased: their documents are no longer served. */
export type RecordErasure = TypedCommand<'RecordErasure', RecordErasureData>;

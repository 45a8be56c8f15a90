import { commandParser, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';

export interface RecordCandidateHomeData extends ConsumedFactData {
  /** The region whose office holds the file now. */
  readonly region: string;
}

/** The data of RecordCandidateHome, from a registry's CandidateRegistered or CandidateHandedOver (its toRegion). */
export const recordCandidateHomeDataSchema: z.ZodType<RecordCandidateHomeData, unknown> = z.strictObject({ ...consumedFactFields, region: regionCode });

export const parseRecordCandidateHome = commandParser('RecordCandidateHome', recordCandidateHomeDataSchema);

/** A registry said which region holds the candidate's file: only that region's jury convenes them. */
export type RecordCandidateHome = ParsedCommand<typeof parseRecordCandidateHome>;

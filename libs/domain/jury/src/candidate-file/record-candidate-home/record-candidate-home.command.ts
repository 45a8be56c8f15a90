import { defineCommand, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordCandidateHome } from './decide-record-candidate-home';

export interface RecordCandidateHomeData extends ConsumedFactData {
  /** The region whose office holds the file now. */
  readonly region: string;
}

/** The data of RecordCandidateHome, from a registry's CandidateRegistered or CandidateHandedOver (its toRegion). */
export const recordCandidateHomeDataSchema: z.ZodType<RecordCandidateHomeData, unknown> = z.strictObject({ ...consumedFactFields, region: regionCode });

export const recordCandidateHomeCommand = defineCommand({ type: 'RecordCandidateHome', schema: recordCandidateHomeDataSchema, decide: decideRecordCandidateHome });

export const parseRecordCandidateHome = recordCandidateHomeCommand.parse;

/** A registry said which region holds the candidate's file: only that region's jury convenes them. */
export type RecordCandidateHome = TypedCommand<'RecordCandidateHome', RecordCandidateHomeData>;

import { commandParser, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, distinctIds, type ConsumedFactData } from '../shared/input-schemas';

export interface RecordTrainersData extends ConsumedFactData {
  /** The whole current list (possibly empty). */
  readonly trainerIds: readonly string[];
}

/** The data of RecordTrainers, from the evaluation's CandidateTrainersChanged. */
export const recordTrainersDataSchema: z.ZodType<RecordTrainersData, unknown> = z.strictObject({ ...consumedFactFields, trainerIds: distinctIds });

export const parseRecordTrainers = commandParser('RecordTrainers', recordTrainersDataSchema);

/** The candidate's trainers changed: none may sit on their jury (JURY-PROFESSIONALS). */
export type RecordTrainers = ParsedCommand<typeof parseRecordTrainers>;

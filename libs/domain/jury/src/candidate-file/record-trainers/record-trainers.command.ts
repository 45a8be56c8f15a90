import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { consumedFactFields, distinctIds, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordTrainers } from './decide-record-trainers';

export interface RecordTrainersData extends ConsumedFactData {
  /** The whole current list (possibly empty). */
  readonly trainerIds: readonly string[];
}

/** The data of RecordTrainers, from the evaluation's CandidateTrainersChanged. */
export const recordTrainersDataSchema: z.ZodType<RecordTrainersData, unknown> = z.strictObject({ ...consumedFactFields, trainerIds: distinctIds });

export const recordTrainersCommand = defineCommand({ type: 'RecordTrainers', schema: recordTrainersDataSchema, decide: decideRecordTrainers });

export const parseRecordTrainers = recordTrainersCommand.parse;

/** The candidate's trainers changed: none may sit on their jury (JURY-PROFESSIONALS). */
export type RecordTrainers = TypedCommand<'RecordTrainers', RecordTrainersData>;

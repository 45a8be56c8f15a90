import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { TrainingEvaluationResult } from '../events/training-evaluation-recorded.event';
import type { AssessorFacts } from '../shared/assessor-facts';
import { assessorFactsSchema, certificateCode } from '../shared/input-schemas';
import { decideRecordTrainingEvaluation } from './decide-record-training-evaluation';

export interface RecordTrainingEvaluationData {
  readonly candidateId: string;
  readonly pathwayId: string;
  readonly ccpCode: string;
  /** The day of the evaluation; not after the day it is recorded. */
  readonly evaluatedOn: CalendarDate;
  readonly result: TrainingEvaluationResult;
  /** The trainer recording it, as the app read them from their stream. */
  readonly assessor: AssessorFacts;
}

/** The data of RecordTrainingEvaluation as a request sends it. */
export const recordTrainingEvaluationDataSchema: z.ZodType<RecordTrainingEvaluationData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
  ccpCode: certificateCode,
  evaluatedOn: calendarDateIn(DATE_RANGES.evaluation),
  result: z.enum(['passed', 'failed']),
  assessor: assessorFactsSchema,
});

export const recordTrainingEvaluationCommand = defineCommand({ type: 'RecordTrainingEvaluation', schema: recordTrainingEvaluationDataSchema, decide: decideRecordTrainingEvaluation });

export const parseRecordTrainingEvaluation = recordTrainingEvaluationCommand.parse;

/** A trainer records the result of a CCP's évaluation en cours de formation (ECF). */
export type RecordTrainingEvaluation = TypedCommand<'RecordTrainingEvaluation', RecordTrainingEvaluationData>;

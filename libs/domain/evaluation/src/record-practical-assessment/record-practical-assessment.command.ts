import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorFacts, CompetenceOutcome } from '../shared/assessor-facts';
import { assessorFactsSchema, competenceGrid } from '../shared/input-schemas';
import { decideRecordPracticalAssessment } from './decide-record-practical-assessment';

export interface RecordPracticalAssessmentData {
  readonly candidateId: string;
  readonly assessmentId: string;
  /** The day it was held; not after the day it is recorded. */
  readonly heldOn: CalendarDate;
  /** Exactly the compétences of the assessment's target, each once. */
  readonly outcomes: readonly CompetenceOutcome[];
  /** The assessor recording it, as the app read them from their stream. */
  readonly assessor: AssessorFacts;
}

/** The data of RecordPracticalAssessment as a request sends it. */
export const recordPracticalAssessmentDataSchema: z.ZodType<RecordPracticalAssessmentData, unknown> = z.strictObject({
  candidateId: identifier,
  assessmentId: identifier,
  heldOn: calendarDateIn(DATE_RANGES.evaluation),
  outcomes: competenceGrid,
  assessor: assessorFactsSchema,
});

export const recordPracticalAssessmentCommand = defineCommand({ type: 'RecordPracticalAssessment', schema: recordPracticalAssessmentDataSchema, decide: decideRecordPracticalAssessment });

export const parseRecordPracticalAssessment = recordPracticalAssessmentCommand.parse;

/** The assigned assessor records a held mise en situation, compétence by compétence. */
export type RecordPracticalAssessment = TypedCommand<'RecordPracticalAssessment', RecordPracticalAssessmentData>;

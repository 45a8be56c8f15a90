import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorFacts, CompetenceOutcome } from '../shared/assessor-facts';
import { assessorFactsSchema, certificateCode, competenceGrid } from '../shared/input-schemas';
import { decideRecordCcpPairAssessment } from './decide-record-ccp-pair-assessment';

export interface RecordCcpPairAssessmentData {
  readonly candidateId: string;
  readonly pathwayId: string;
  readonly ccpCode: string;
  /** The day of the evaluation; not after the day it is recorded. */
  readonly assessedOn: CalendarDate;
  /** The binôme, as the app read them from their streams: whether it is one professional and one trainer of the specialty is CCP-PAIR's to say. */
  readonly assessors: readonly [AssessorFacts, AssessorFacts];
  readonly outcome: 'passed' | 'failed';
  /** Exactly the CCP's compétences, each once. */
  readonly grid: readonly CompetenceOutcome[];
}

/** The data of RecordCcpPairAssessment as a request sends it. */
export const recordCcpPairAssessmentDataSchema: z.ZodType<RecordCcpPairAssessmentData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
  ccpCode: certificateCode,
  assessedOn: calendarDateIn(DATE_RANGES.evaluation),
  assessors: z.tuple([assessorFactsSchema, assessorFactsSchema]),
  outcome: z.enum(['passed', 'failed']),
  grid: competenceGrid,
});

export const recordCcpPairAssessmentCommand = defineCommand({ type: 'RecordCcpPairAssessment', schema: recordCcpPairAssessmentDataSchema, decide: decideRecordCcpPairAssessment });

export const parseRecordCcpPairAssessment = recordCcpPairAssessmentCommand.parse;

/** An assessor pair records its evaluation of one CCP of a discontinuous pathway. */
export type RecordCcpPairAssessment = TypedCommand<'RecordCcpPairAssessment', RecordCcpPairAssessmentData>;

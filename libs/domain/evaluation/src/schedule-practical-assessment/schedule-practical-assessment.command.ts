import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { PracticalAssessmentTarget } from '../shared/assessor-facts';
import { practicalAssessmentTargetSchema } from '../shared/input-schemas';
import { decideSchedulePracticalAssessment } from './decide-schedule-practical-assessment';

export interface SchedulePracticalAssessmentData {
  readonly candidateId: string;
  /** Region of the office acting; must be the pathway's. */
  readonly actingRegion: string;
  readonly pathwayId: string;
  /** Chosen by the caller; unique among the candidate's assessments. */
  readonly assessmentId: string;
  readonly target: PracticalAssessmentTarget;
  /** The day it is to be held. */
  readonly scheduledOn: CalendarDate;
}

/** The data of SchedulePracticalAssessment as a request sends it. */
export const schedulePracticalAssessmentDataSchema: z.ZodType<SchedulePracticalAssessmentData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
  assessmentId: identifier,
  target: practicalAssessmentTargetSchema,
  scheduledOn: calendarDateIn(DATE_RANGES.assessmentSchedule),
});

export const schedulePracticalAssessmentCommand = defineCommand({ type: 'SchedulePracticalAssessment', schema: schedulePracticalAssessmentDataSchema, decide: decideSchedulePracticalAssessment });

export const parseSchedulePracticalAssessment = schedulePracticalAssessmentCommand.parse;

/** A regional office schedules a mise en situation professionnelle: the title's synthesis, a CCP's, or a CCS's. */
export type SchedulePracticalAssessment = TypedCommand<'SchedulePracticalAssessment', SchedulePracticalAssessmentData>;

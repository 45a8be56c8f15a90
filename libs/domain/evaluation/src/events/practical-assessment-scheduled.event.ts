import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { PracticalAssessmentTarget } from '../shared/assessor-facts';
import { targetLabel } from '../shared/labels';
import { storedTarget } from '../shared/stored-schemas';

/** The regional office scheduled a mise en situation professionnelle for the candidate. */
export type PracticalAssessmentScheduled = DomainEvent<
  'PracticalAssessmentScheduled',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly assessmentId: string;
    readonly target: PracticalAssessmentTarget;
    /** The day it is to be held. */
    readonly scheduledOn: CalendarDate;
    readonly region: string;
    /** The day it was scheduled. */
    readonly recordedOn: CalendarDate;
  }
>;

/** PracticalAssessmentScheduled as stored, version 1. */
export const practicalAssessmentScheduledDescriptor = defineEvent<PracticalAssessmentScheduled>({
  type: 'PracticalAssessmentScheduled',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    assessmentId: z.string(),
    target: storedTarget,
    scheduledOn: calendarDate,
    region: z.string(),
    recordedOn: calendarDate,
  }),
  describe: ({ pathwayId, assessmentId, target, scheduledOn, region, recordedOn }) => ({
    fr: `Mise en situation ${assessmentId} (${targetLabel(target).fr}, parcours ${pathwayId}) prévue le ${scheduledOn} par la région ${region}, le ${recordedOn}`,
    en: `Practical assessment ${assessmentId} (${targetLabel(target).en}, pathway ${pathwayId}) scheduled for ${scheduledOn} by region ${region} on ${recordedOn}`,
  }),
});

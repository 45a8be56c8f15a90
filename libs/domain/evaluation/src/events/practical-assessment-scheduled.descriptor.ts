import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedTarget } from '../shared/stored-schemas';
import { targetLabel } from '../shared/labels';
import type { PracticalAssessmentScheduled } from './practical-assessment-scheduled.event';

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

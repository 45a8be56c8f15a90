import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { InterviewRecorded } from './interview-recorded.event';

/** InterviewRecorded as stored, version 1. */
export const interviewRecordedDescriptor = defineEvent<InterviewRecorded>({
  type: 'InterviewRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ sessionId: z.string(), candidateId: z.string(), memberId: z.string(), heldOn: calendarDate }),
  describe: ({ sessionId, candidateId, memberId, heldOn }) => ({
    fr: `Entretien du jury avec le candidat ${candidateId} (session ${sessionId}) le ${heldOn}, enregistré par ${memberId}`,
    en: `Jury interview with candidate ${candidateId} (session ${sessionId}) on ${heldOn}, recorded by ${memberId}`,
  }),
});

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The jury interviewed the candidate (entretien), on the session day. */
export type InterviewRecorded = DomainEvent<
  'InterviewRecorded',
  {
    readonly sessionId: string;
    readonly candidateId: string;
    readonly memberId: string;
    readonly heldOn: CalendarDate;
  }
>;

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

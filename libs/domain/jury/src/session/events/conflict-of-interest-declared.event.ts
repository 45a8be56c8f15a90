import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * A member of the session's jury declared a conflict of interest with a candidate: from then on
 * JURY-PROFESSIONALS keeps them off that candidate's jury.
 */
export type ConflictOfInterestDeclared = DomainEvent<
  'ConflictOfInterestDeclared',
  {
    readonly sessionId: string;
    readonly memberId: string;
    readonly candidateId: string;
    /** What the member wrote; kept for the office and the audit, never in a description. */
    readonly reason: string;
    readonly declaredOn: CalendarDate;
  }
>;

/** ConflictOfInterestDeclared as stored, version 1. */
export const conflictOfInterestDeclaredDescriptor = defineEvent<ConflictOfInterestDeclared>({
  type: 'ConflictOfInterestDeclared',
  schemaVersion: 1,
  schema: z.strictObject({ sessionId: z.string(), memberId: z.string(), candidateId: z.string(), reason: z.string(), declaredOn: calendarDate }),
  describe: ({ sessionId, memberId, candidateId, declaredOn }) => ({
    fr: `Conflit d'intérêts déclaré le ${declaredOn} par ${memberId} avec le candidat ${candidateId} (session ${sessionId})`,
    en: `Conflict of interest with candidate ${candidateId} declared by ${memberId} on ${declaredOn} (session ${sessionId})`,
  }),
});

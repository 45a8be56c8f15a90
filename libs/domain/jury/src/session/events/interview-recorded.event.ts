import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

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

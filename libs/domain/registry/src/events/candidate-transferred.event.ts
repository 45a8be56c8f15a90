import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** The candidate moved to another region, which now acts for them; their history stays in this stream. */
export type CandidateTransferred = DomainEvent<
  'CandidateTransferred',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly transferredOn: CalendarDate;
  }
>;

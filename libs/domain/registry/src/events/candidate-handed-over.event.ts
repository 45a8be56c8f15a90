import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** The receiving region accepted: it is the home region from now on, and this region no longer acts. */
export type CandidateHandedOver = DomainEvent<
  'CandidateHandedOver',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly handedOverOn: CalendarDate;
  }
>;

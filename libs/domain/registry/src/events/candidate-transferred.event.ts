import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The home region offered the file to another region. Until that region accepts, the file stays
 * here and this region acts; on acceptance this region records CandidateHandedOver.
 */
export type CandidateTransferred = DomainEvent<
  'CandidateTransferred',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly transferredOn: CalendarDate;
  }
>;

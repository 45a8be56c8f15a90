import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The registry handed the candidate's file over to another region (its CandidateHandedOver): that
 * region's office organises what is left of the evaluation; what was recorded stays as it was.
 */
export type HandoverRecorded = DomainEvent<
  'HandoverRecorded',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly recordedOn: CalendarDate;
  }
>;

import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The candidate's personal data was erased (right to erasure): the app destroys the candidate's key
 * after appending this. It carries no personal data; the file stays closed to further commands.
 */
export type CandidatePersonalDataErased = DomainEvent<
  'CandidatePersonalDataErased',
  {
    readonly candidateId: string;
    readonly erasedOn: CalendarDate;
  }
>;

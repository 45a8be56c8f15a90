import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The candidate's personal data was erased (CandidatePersonalDataErased): their documents can no
 * longer be rendered; the app answers 410 with this date. Ids, dates and statuses remain.
 */
export type DocumentsErased = DomainEvent<
  'DocumentsErased',
  {
    readonly candidateId: string;
    readonly erasedOn: CalendarDate;
  }
>;

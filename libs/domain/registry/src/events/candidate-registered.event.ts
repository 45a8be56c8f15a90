import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** How to reach the candidate; personal data. */
export interface CandidateContact {
  readonly email?: string;
  readonly phone?: string;
  readonly postalAddress?: string;
}

/**
 * A regional office registered a candidate. `familyName`, `givenNames`, `birthDate` and `contact`
 * are personal data (see `personalFieldsOf`): the event store encrypts them under the candidate's key.
 */
export type CandidateRegistered = DomainEvent<
  'CandidateRegistered',
  {
    readonly candidateId: string;
    readonly region: string;
    readonly registeredOn: CalendarDate;
    readonly familyName: string;
    readonly givenNames: readonly string[];
    readonly birthDate: CalendarDate;
    readonly contact: CandidateContact;
  }
>;

import type { CalendarDate, DomainEvent, Personal } from '@titrepro/domain-kernel';

/** How to reach the candidate. */
export interface CandidateContact {
  readonly email?: string;
  readonly phone?: string;
  readonly postalAddress?: string;
}

/**
 * A regional office registered a candidate. `familyName`, `givenNames`, `birthDate` and `contact`
 * are personal data: the event store seals them under the candidate's key, and they read as
 * REDACTED once the candidate is erased.
 */
export type CandidateRegistered = DomainEvent<
  'CandidateRegistered',
  {
    readonly candidateId: string;
    readonly region: string;
    readonly registeredOn: CalendarDate;
  } & CandidateIdentity
>;

/** Who the candidate is: personal data, sealed under the candidate's key wherever an event carries it. */
export interface CandidateIdentity {
  readonly familyName: Personal<string>;
  readonly givenNames: Personal<readonly string[]>;
  readonly birthDate: Personal<CalendarDate>;
  readonly contact: Personal<CandidateContact>;
}

import type { CalendarDate, DomainEvent, Personal } from '@titrepro/domain-kernel';

/**
 * A regional office registered a jury member. `familyName` and `givenNames` are the member's
 * personal data, sealed under their key (subject: the member); the rest is what sessions are
 * decided on (`JuryMemberFacts`).
 */
export type JuryMemberRegistered = DomainEvent<
  'JuryMemberRegistered',
  {
    readonly memberId: string;
    readonly region: string;
    /** The titles the member may judge, each in force on `registeredOn`. */
    readonly titleCodes: readonly string[];
    /** The same person as an assessor of the evaluation service, if they are one. */
    readonly assessorId: string | null;
    readonly registeredOn: CalendarDate;
    readonly familyName: Personal<string>;
    readonly givenNames: Personal<readonly string[]>;
  }
>;

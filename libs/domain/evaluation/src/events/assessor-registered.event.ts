import type { CalendarDate, DomainEvent, Personal } from '@titrepro/domain-kernel';
import type { AssessorKind } from '../shared/assessor-facts';

/**
 * A regional office registered an assessor. `familyName` and `givenNames` are the assessor's
 * personal data, sealed under their key (subject: the assessor); the rest is what candidates'
 * streams are decided on (`AssessorFacts`).
 */
export type AssessorRegistered = DomainEvent<
  'AssessorRegistered',
  {
    readonly assessorId: string;
    readonly region: string;
    readonly kind: AssessorKind;
    readonly specialtyTitleCode: string | null;
    readonly qualifiedTitleCodes: readonly string[];
    readonly registeredOn: CalendarDate;
    readonly familyName: Personal<string>;
    readonly givenNames: Personal<readonly string[]>;
  }
>;

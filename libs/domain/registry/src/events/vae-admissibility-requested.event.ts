import type { CalendarDate, DomainEvent, Personal } from '@titrepro/domain-kernel';
import type { ExperiencePeriod } from '@titrepro/domain-rulebook';

/** Where and as what the candidate worked during a period. */
export interface ExperienceDescription {
  readonly organisation: string;
  readonly role: string;
}

/**
 * The candidate filed a dossier de recevabilité. The periods' dates and kinds (what the rule reads)
 * are kept apart from their descriptions (personal data, `experienceDescriptions[i]` describes
 * `experiencePeriods[i]`), so that a decision can still be re-run after the candidate is erased.
 */
export type VaeAdmissibilityRequested = DomainEvent<
  'VaeAdmissibilityRequested',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly requestedOn: CalendarDate;
    readonly experiencePeriods: readonly ExperiencePeriod[];
    readonly experienceDescriptions: Personal<readonly ExperienceDescription[]>;
  }
>;

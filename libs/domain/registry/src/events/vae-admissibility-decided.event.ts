import type { CalendarDate, DomainEvent, Explanation, Personal } from '@titrepro/domain-kernel';

export type VaeAdmissibilityOutcome = 'admissible' | 'not-admissible';

/** A rule's verdict as recorded in a decision, for auditors. */
export interface RecordedRuleOutcome {
  readonly ruleId: string;
  readonly passed: boolean;
  readonly explanation: Explanation;
}

/**
 * The regional office notified its answer to the dossier de recevabilité. Records the rulebook, the
 * rules applied, the experience counted and the rule's explanation: why, in the officer's words
 * (`reason`, null when none was given; personal data as free text about a person) and in the rule's.
 */
export type VaeAdmissibilityDecided = DomainEvent<
  'VaeAdmissibilityDecided',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly decidedOn: CalendarDate;
    readonly outcome: VaeAdmissibilityOutcome;
    readonly reason: Personal<string | null>;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly experienceMonths: number;
    readonly requiredMonths: number;
    readonly ruleOutcomes: readonly RecordedRuleOutcome[];
  }
>;

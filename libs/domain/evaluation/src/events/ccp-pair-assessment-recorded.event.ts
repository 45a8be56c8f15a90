import type { CalendarDate, DomainEvent, Explanation } from '@titrepro/domain-kernel';
import type { AssessorKind, CompetenceOutcome } from '../shared/assessor-facts';

/** One seat of the binôme, as CCP-PAIR judged it. */
export interface PairAssessor {
  readonly assessorId: string;
  readonly kind: AssessorKind;
  readonly specialtyTitleCode: string | null;
}

/**
 * A pair of assessors (one professional, one trainer of the specialty) recorded their evaluation of
 * one CCP of a discontinuous pathway, under CCP-PAIR; the rule's verdict is kept for auditors.
 */
export type CcpPairAssessmentRecorded = DomainEvent<
  'CcpPairAssessmentRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly ccpCode: string;
    readonly assessedOn: CalendarDate;
    readonly assessors: readonly [PairAssessor, PairAssessor];
    readonly outcome: 'passed' | 'failed';
    readonly grid: readonly CompetenceOutcome[];
    readonly recordedOn: CalendarDate;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly ruleOutcome: { readonly ruleId: string; readonly passed: boolean; readonly explanation: Explanation };
  }
>;

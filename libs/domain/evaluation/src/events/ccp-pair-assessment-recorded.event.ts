import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Explanation } from '@titrepro/domain-kernel';
import { type DecisionTrace, FACTS_UNKNOWN, storedDecisionTrace } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { AssessorKind, CompetenceOutcome } from '../shared/assessor-facts';
import { ASSESSOR_KIND_LABELS, PASS_FAIL_LABELS } from '../shared/labels';
import { storedAssessorKind, storedGrid } from '../shared/stored-schemas';

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
    /** CCP-PAIR with the facts it judged (seats, practical assessment, DSPP), its verdict, and the DSPP documents relied on by hash. */
    readonly trace: DecisionTrace;
  }
>;

const pairAssessor = z.strictObject({ assessorId: z.string(), kind: storedAssessorKind, specialtyTitleCode: z.string().nullable() });

interface CcpPairAssessmentRecordedV1 {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
  readonly ruleOutcome: { readonly ruleId: string; readonly passed: boolean; readonly explanation: Explanation };
  readonly [field: string]: unknown;
}

/**
 * Version 1 kept CCP-PAIR's verdict, not its facts: read back as a trace whose facts are
 * FACTS_UNKNOWN (the audit re-derives them from the evaluation stream before the event).
 */
export const ccpPairAssessmentRecordedV1ToV2 = (stored: unknown): unknown => {
  const { rulebookId, ruleIds: _ruleIds, ruleOutcome, ...rest } = stored as CcpPairAssessmentRecordedV1;
  const rule = { ruleId: ruleOutcome.ruleId, subject: null, facts: FACTS_UNKNOWN, passed: ruleOutcome.passed, explanation: ruleOutcome.explanation, details: null };
  return { ...rest, trace: { rulebookId, rules: [rule], evidence: [], reads: [] } };
};

/** CcpPairAssessmentRecorded as stored, version 2 (the trace); a decision under the rule it records (CCP-PAIR). */
export const ccpPairAssessmentRecordedDescriptor = defineEvent<CcpPairAssessmentRecorded>({
  type: 'CcpPairAssessmentRecorded',
  schemaVersion: 2,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    ccpCode: z.string(),
    assessedOn: calendarDate,
    assessors: z.tuple([pairAssessor, pairAssessor]),
    outcome: z.enum(['passed', 'failed']),
    grid: storedGrid,
    recordedOn: calendarDate,
    trace: storedDecisionTrace,
  }),
  decision: (data) => data.trace,
  upcasters: { 1: ccpPairAssessmentRecordedV1ToV2 },
  describe: ({ pathwayId, ccpCode, assessedOn, assessors, outcome, recordedOn }) => {
    const seats = (language: 'fr' | 'en') => assessors.map((seat) => `${seat.assessorId} (${ASSESSOR_KIND_LABELS[seat.kind][language]})`).join(language === 'fr' ? ' et ' : ' and ');
    return {
      fr: `${ccpCode} évalué le ${assessedOn} en binôme par ${seats('fr')} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[outcome].fr}, enregistré le ${recordedOn}`,
      en: `${ccpCode} assessed on ${assessedOn} by the pair ${seats('en')} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[outcome].en}, recorded on ${recordedOn}`,
    };
  },
});

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Explanation } from '@titrepro/domain-kernel';
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
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly ruleOutcome: { readonly ruleId: string; readonly passed: boolean; readonly explanation: Explanation };
  }
>;

const pairAssessor = z.strictObject({ assessorId: z.string(), kind: storedAssessorKind, specialtyTitleCode: z.string().nullable() });

/** CcpPairAssessmentRecorded as stored, version 1; a decision under the rule it records (CCP-PAIR). */
export const ccpPairAssessmentRecordedDescriptor = defineEvent<CcpPairAssessmentRecorded>({
  type: 'CcpPairAssessmentRecorded',
  schemaVersion: 1,
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
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
    ruleOutcome: z.strictObject({ ruleId: z.string(), passed: z.boolean(), explanation: z.strictObject({ fr: z.string(), en: z.string() }) }),
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ pathwayId, ccpCode, assessedOn, assessors, outcome, recordedOn }) => {
    const seats = (language: 'fr' | 'en') => assessors.map((seat) => `${seat.assessorId} (${ASSESSOR_KIND_LABELS[seat.kind][language]})`).join(language === 'fr' ? ' et ' : ' and ');
    return {
      fr: `${ccpCode} évalué le ${assessedOn} en binôme par ${seats('fr')} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[outcome].fr}, enregistré le ${recordedOn}`,
      en: `${ccpCode} assessed on ${assessedOn} by the pair ${seats('en')} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[outcome].en}, recorded on ${recordedOn}`,
    };
  },
});

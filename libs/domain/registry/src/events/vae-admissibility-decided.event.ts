import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Explanation, type Personal, personal } from '@titrepro/domain-kernel';
import { type DecisionTrace, FACTS_UNKNOWN, storedDecisionTrace } from '@titrepro/domain-rulebook';
import { z } from 'zod';

export type VaeAdmissibilityOutcome = 'admissible' | 'not-admissible';

/** A rule's verdict as version 1 recorded it, without the facts (read back upcast to a trace). */
interface RecordedRuleOutcomeV1 {
  readonly ruleId: string;
  readonly passed: boolean;
  readonly explanation: Explanation;
}

/**
 * The regional office notified its answer to the dossier de recevabilité. Records the decision's
 * trace (the rulebook; VAE-EXPERIENCE with the periods and date it read, and its verdict) and the
 * experience counted: why, in the officer's words (`reason`, null when none was given; personal data
 * as free text about a person) and in the rule's.
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
    readonly experienceMonths: number;
    readonly requiredMonths: number;
    readonly trace: DecisionTrace;
  }
>;

const IN_FRENCH: Readonly<Record<VaeAdmissibilityOutcome, string>> = { admissible: 'recevable', 'not-admissible': 'non recevable' };

const months = z.number().int().nonnegative();

interface VaeAdmissibilityDecidedV1 {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
  readonly experienceMonths: number;
  readonly requiredMonths: number;
  readonly ruleOutcomes: readonly RecordedRuleOutcomeV1[];
  readonly [field: string]: unknown;
}

/**
 * Version 1 kept the rulebook, the rule ids and each rule's verdict, not the facts: read back as a
 * trace whose facts are FACTS_UNKNOWN (the audit re-derives them from the candidate's
 * VaeAdmissibilityRequested), its VAE-EXPERIENCE details the months it recorded.
 */
export const vaeAdmissibilityDecidedV1ToV2 = (stored: unknown): unknown => {
  const { rulebookId, ruleIds: _ruleIds, ruleOutcomes, ...rest } = stored as VaeAdmissibilityDecidedV1;
  const rules = ruleOutcomes.map(({ ruleId, passed, explanation }) => ({
    ruleId,
    subject: null,
    facts: FACTS_UNKNOWN,
    passed,
    explanation,
    details: ruleId === 'VAE-EXPERIENCE' ? { experienceMonths: rest.experienceMonths, requiredMonths: rest.requiredMonths } : null,
  }));
  return { ...rest, trace: { rulebookId, rules, evidence: [], reads: [] } };
};

/** VaeAdmissibilityDecided as stored, version 2 (the trace); a decision under the rules it records (VAE-EXPERIENCE). */
export const vaeAdmissibilityDecidedDescriptor = defineEvent<VaeAdmissibilityDecided>({
  type: 'VaeAdmissibilityDecided',
  schemaVersion: 2,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    decidedOn: calendarDate,
    outcome: z.enum(['admissible', 'not-admissible']),
    reason: personal(z.string().nullable()),
    experienceMonths: months,
    requiredMonths: months,
    trace: storedDecisionTrace,
  }),
  personal: { subject: (data) => data.candidateId, fields: ['reason'] },
  decision: (data) => data.trace,
  describe: ({ pathwayId, outcome, decidedOn, experienceMonths, requiredMonths }) => ({
    fr: `Recevabilité VAE du parcours ${pathwayId} décidée le ${decidedOn} : ${IN_FRENCH[outcome]} (${experienceMonths} mois d'expérience comptés, ${requiredMonths} requis)`,
    en: `VAE admissibility of pathway ${pathwayId} decided ${outcome} on ${decidedOn} (${experienceMonths} months of experience counted, ${requiredMonths} required)`,
  }),
  upcasters: { 1: vaeAdmissibilityDecidedV1ToV2 },
});

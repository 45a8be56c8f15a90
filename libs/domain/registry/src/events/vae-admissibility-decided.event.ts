import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Explanation, type Personal, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

const IN_FRENCH: Readonly<Record<VaeAdmissibilityOutcome, string>> = { admissible: 'recevable', 'not-admissible': 'non recevable' };

const months = z.number().int().nonnegative();

/** VaeAdmissibilityDecided as stored, version 1; a decision under the rules it records (VAE-EXPERIENCE). */
export const vaeAdmissibilityDecidedDescriptor = defineEvent<VaeAdmissibilityDecided>({
  type: 'VaeAdmissibilityDecided',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    decidedOn: calendarDate,
    outcome: z.enum(['admissible', 'not-admissible']),
    reason: personal(z.string().nullable()),
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
    experienceMonths: months,
    requiredMonths: months,
    ruleOutcomes: z.array(
      z.strictObject({ ruleId: z.string(), passed: z.boolean(), explanation: z.strictObject({ fr: z.string(), en: z.string() }) }),
    ),
  }),
  personal: { subject: (data) => data.candidateId, fields: ['reason'] },
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ pathwayId, outcome, decidedOn, experienceMonths, requiredMonths }) => ({
    fr: `Recevabilité VAE du parcours ${pathwayId} décidée le ${decidedOn} : ${IN_FRENCH[outcome]} (${experienceMonths} mois d'expérience comptés, ${requiredMonths} requis)`,
    en: `VAE admissibility of pathway ${pathwayId} decided ${outcome} on ${decidedOn} (${experienceMonths} months of experience counted, ${requiredMonths} required)`,
  }),
});

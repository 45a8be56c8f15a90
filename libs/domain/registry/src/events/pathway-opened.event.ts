import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type DecisionTrace, FACTS_UNKNOWN, PATHWAY_TYPES, type PathwayType, storedDecisionTrace } from '@titrepro/domain-rulebook';
import { z } from 'zod';

/** The candidate started a pathway towards a title (decided under rule PATHWAY: its facts and verdict in `trace`). */
export type PathwayOpened = DomainEvent<
  'PathwayOpened',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    /** Version of the title's référentiel in force on `openedOn`. */
    readonly titleVersion: number;
    readonly pathwayType: PathwayType;
    readonly openedOn: CalendarDate;
    readonly trace: DecisionTrace;
  }
>;

const IN_FRENCH: Readonly<Record<PathwayType, string>> = {
  'continuous-training': 'de formation continue',
  vae: 'de VAE',
  'discontinuous-training': 'de formation discontinue',
};

/**
 * Version 1 kept the rulebook and rule ids only: read back as a trace whose facts are FACTS_UNKNOWN
 * (the audit re-derives the open pathways from the candidate's stream before this event). A pathway
 * was only ever opened when its rules passed.
 */
export const pathwayOpenedV1ToV2 = (stored: unknown): unknown => {
  const { rulebookId, ruleIds, ...rest } = stored as { readonly rulebookId: string; readonly ruleIds: readonly string[]; readonly [field: string]: unknown };
  const rules = ruleIds.map((ruleId) => ({
    ruleId,
    subject: null,
    facts: FACTS_UNKNOWN,
    passed: true,
    explanation: { fr: 'Non enregistrée (événement antérieur à la trace de décision)', en: 'Not recorded (event older than the decision trace)' },
    details: null,
  }));
  return { ...rest, trace: { rulebookId, rules, evidence: [], reads: [] } };
};

/** PathwayOpened as stored, version 2 (the trace); a decision under rule PATHWAY. */
export const pathwayOpenedDescriptor = defineEvent<PathwayOpened>({
  type: 'PathwayOpened',
  schemaVersion: 2,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    titleVersion: z.number().int().positive(),
    pathwayType: z.enum(PATHWAY_TYPES),
    openedOn: calendarDate,
    trace: storedDecisionTrace,
  }),
  decision: (data) => data.trace,
  describe: ({ pathwayType, pathwayId, titleCode, openedOn }) => ({
    fr: `Ouverture du parcours ${IN_FRENCH[pathwayType]} ${pathwayId} vers le titre ${titleCode} le ${openedOn}`,
    en: `Opened ${pathwayType} pathway ${pathwayId} towards ${titleCode} on ${openedOn}`,
  }),
  upcasters: { 1: pathwayOpenedV1ToV2 },
});

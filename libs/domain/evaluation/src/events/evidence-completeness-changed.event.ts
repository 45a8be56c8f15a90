import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type DecisionTrace, PATHWAY_TYPES, type PathwayType, RULE_IDS, ruleIdsOf, ruleKnownByIdOnly, storedDecisionTrace, type RuleId } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { EvidenceItem } from '../evidence/evidence-item';

/**
 * What a pathway's file holds and lacks for the jury changed (rules EVIDENCE-CONTINUOUS,
 * EVIDENCE-VAE, CCP-PAIR): written after the decision that changed it, or after any decision once
 * another rulebook came into force, so that readers need not re-run the rules.
 */
export type EvidenceCompletenessChanged = DomainEvent<
  'EvidenceCompletenessChanged',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly pathwayType: PathwayType;
    readonly complete: boolean;
    readonly present: readonly EvidenceItem[];
    readonly missing: readonly EvidenceItem[];
    readonly changedOn: CalendarDate;
    /** The rule applied (once, or per CCP for CCP-PAIR) with the facts it read, and the DSPP documents counted by id and hash. */
    readonly trace: DecisionTrace;
  }
>;

const item = z.strictObject({ key: z.string(), fr: z.string(), en: z.string() });

interface EvidenceCompletenessChangedV1 {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
  readonly [field: string]: unknown;
}

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/**
 * Version 1 kept the rule ids alone: read back as a trace whose rules' facts and verdicts are
 * unknown (the audit re-derives them from the evaluation stream before the event).
 */
export const evidenceCompletenessChangedV1ToV2 = (stored: unknown): unknown => {
  const { rulebookId, ruleIds, ...rest } = stored as EvidenceCompletenessChangedV1;
  return { ...rest, trace: { rulebookId, rules: ruleIds.filter(isRuleId).map((ruleId) => ruleKnownByIdOnly(ruleId)), evidence: [], reads: [] } };
};

/** EvidenceCompletenessChanged as stored, version 2 (the trace); read under the rules it records. */
export const evidenceCompletenessChangedDescriptor = defineEvent<EvidenceCompletenessChanged>({
  type: 'EvidenceCompletenessChanged',
  schemaVersion: 2,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    pathwayType: z.enum(PATHWAY_TYPES),
    complete: z.boolean(),
    present: z.array(item),
    missing: z.array(item),
    changedOn: calendarDate,
    trace: storedDecisionTrace,
  }),
  decision: (data) => data.trace,
  upcasters: { 1: evidenceCompletenessChangedV1ToV2 },
  describe: ({ pathwayId, trace, complete, missing, changedOn }) => {
    const under = `${ruleIdsOf(trace).join(', ')}, ${trace.rulebookId}`;
    const keys = missing.map((each) => each.key).join(', ');
    return complete
      ? { fr: `Pièces du parcours ${pathwayId} complètes pour le jury le ${changedOn} (${under})`, en: `Evidence of pathway ${pathwayId} complete for the jury on ${changedOn} (${under})` }
      : {
          fr: `Pièces du parcours ${pathwayId} au ${changedOn} (${under}) : ${missing.length} manquante(s) (${keys})`,
          en: `Evidence of pathway ${pathwayId} on ${changedOn} (${under}): ${missing.length} missing (${keys})`,
        };
  },
});

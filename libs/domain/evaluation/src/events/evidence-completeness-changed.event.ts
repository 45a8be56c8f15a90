import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPES, type PathwayType } from '@titrepro/domain-rulebook';
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
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly complete: boolean;
    readonly present: readonly EvidenceItem[];
    readonly missing: readonly EvidenceItem[];
    readonly changedOn: CalendarDate;
  }
>;

const item = z.strictObject({ key: z.string(), fr: z.string(), en: z.string() });

/** EvidenceCompletenessChanged as stored, version 1; read under the rules it records. */
export const evidenceCompletenessChangedDescriptor = defineEvent<EvidenceCompletenessChanged>({
  type: 'EvidenceCompletenessChanged',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    pathwayType: z.enum(PATHWAY_TYPES),
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
    complete: z.boolean(),
    present: z.array(item),
    missing: z.array(item),
    changedOn: calendarDate,
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ pathwayId, rulebookId, ruleIds, complete, missing, changedOn }) => {
    const under = `${ruleIds.join(', ')}, ${rulebookId}`;
    const keys = missing.map((each) => each.key).join(', ');
    return complete
      ? { fr: `Pièces du parcours ${pathwayId} complètes pour le jury le ${changedOn} (${under})`, en: `Evidence of pathway ${pathwayId} complete for the jury on ${changedOn} (${under})` }
      : {
          fr: `Pièces du parcours ${pathwayId} au ${changedOn} (${under}) : ${missing.length} manquante(s) (${keys})`,
          en: `Evidence of pathway ${pathwayId} on ${changedOn} (${under}): ${missing.length} missing (${keys})`,
        };
  },
});

import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { EvidenceItemFacts } from '../../shared/candidate-file-facts';
import { storedEvidenceItem, storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/**
 * The evaluation service judged a pathway's evidence (its EvidenceCompletenessChanged, under its
 * rulebook and rule): the latest per pathway is what the jury convenes on.
 */
export type EvidenceStatusRecorded = DomainEvent<
  'EvidenceStatusRecorded',
  ConsumedFact & {
    readonly pathwayId: string;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly complete: boolean;
    readonly present: readonly EvidenceItemFacts[];
    readonly missing: readonly EvidenceItemFacts[];
  }
>;

/**
 * EvidenceStatusRecorded as stored, version 1. Not a decision of this stream: the evaluation
 * service applied the rule, and its event carries that trace.
 */
export const evidenceStatusRecordedDescriptor = defineEvent<EvidenceStatusRecorded>({
  type: 'EvidenceStatusRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    pathwayId: z.string(),
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
    complete: z.boolean(),
    present: z.array(storedEvidenceItem),
    missing: z.array(storedEvidenceItem),
  }),
  describe: ({ pathwayId, rulebookId, ruleIds, complete, missing, recordedOn }) => {
    const under = `${ruleIds.join(', ')}, ${rulebookId}`;
    return complete
      ? { fr: `Pièces du parcours ${pathwayId} complètes selon l'évaluation (${under}), pris en compte le ${recordedOn}`, en: `Evidence of pathway ${pathwayId} complete per the evaluation (${under}), recorded on ${recordedOn}` }
      : {
          fr: `Pièces du parcours ${pathwayId} selon l'évaluation (${under}) : ${missing.length} manquante(s) (${missing.map((item) => item.fr).join(', ')}), pris en compte le ${recordedOn}`,
          en: `Evidence of pathway ${pathwayId} per the evaluation (${under}): ${missing.length} missing (${missing.map((item) => item.en).join(', ')}), recorded on ${recordedOn}`,
        };
  },
});

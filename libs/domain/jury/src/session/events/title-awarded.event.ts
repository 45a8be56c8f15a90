import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { type AwardData, storedAwardShape } from './award-data';

/** The jury's decision to award the title stands (sealed minutes). */
export type TitleAwarded = DomainEvent<'TitleAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;

/** TitleAwarded as stored, version 1; published under the decision's rules. */
export const titleAwardedDescriptor = defineEvent<TitleAwarded>({
  type: 'TitleAwarded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedAwardShape, ccpCodes: z.array(z.string()) }),
  // An award restates its deliberation's rulebook and rule ids; the trace with facts is the deliberation's.
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ decisionId, sessionId, candidateId, titleCode, decidedOn }) => ({
    fr: `Titre ${titleCode} attribué au candidat ${candidateId} le ${decidedOn} (décision ${decisionId}, session ${sessionId})`,
    en: `Title ${titleCode} awarded to candidate ${candidateId} on ${decidedOn} (decision ${decisionId}, session ${sessionId})`,
  }),
});

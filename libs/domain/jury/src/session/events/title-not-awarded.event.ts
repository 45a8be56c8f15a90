import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { type AwardData, storedAwardShape } from './award-data';

/** The jury did not award the title (sealed minutes); the CCPs it awarded, if any, follow in CcpAwarded. */
export type TitleNotAwarded = DomainEvent<'TitleNotAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;

/** TitleNotAwarded as stored, version 1; published under the decision's rules. */
export const titleNotAwardedDescriptor = defineEvent<TitleNotAwarded>({
  type: 'TitleNotAwarded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedAwardShape, ccpCodes: z.array(z.string()) }),
  // An award restates its deliberation's rulebook and rule ids; the trace with facts is the deliberation's.
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ decisionId, sessionId, candidateId, titleCode, decidedOn }) => ({
    fr: `Titre ${titleCode} non attribué au candidat ${candidateId} le ${decidedOn} (décision ${decisionId}, session ${sessionId})`,
    en: `Title ${titleCode} not awarded to candidate ${candidateId} on ${decidedOn} (decision ${decisionId}, session ${sessionId})`,
  }),
});

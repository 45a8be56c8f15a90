import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { type AwardData, storedAwardShape } from './award-data';

/** The CCPs the jury awarded stand (sealed minutes): each opens or continues the capitalisation window. */
export type CcpAwarded = DomainEvent<'CcpAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;

/** CcpAwarded as stored, version 1; published under the decision's rules. */
export const ccpAwardedDescriptor = defineEvent<CcpAwarded>({
  type: 'CcpAwarded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedAwardShape, ccpCodes: z.array(z.string()) }),
  // An award restates its deliberation's rulebook and rule ids; the trace with facts is the deliberation's.
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ decisionId, sessionId, candidateId, titleCode, ccpCodes, decidedOn }) => ({
    fr: `${ccpCodes.join(', ')} du titre ${titleCode} attribué(s) au candidat ${candidateId} le ${decidedOn} (décision ${decisionId}, session ${sessionId})`,
    en: `${ccpCodes.join(', ')} of title ${titleCode} awarded to candidate ${candidateId} on ${decidedOn} (decision ${decisionId}, session ${sessionId})`,
  }),
});

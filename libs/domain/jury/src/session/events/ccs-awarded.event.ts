import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { type AwardData, storedAwardShape } from './award-data';

/** The CCS the jury awarded stands (sealed minutes). */
export type CcsAwarded = DomainEvent<'CcsAwarded', AwardData & { readonly ccsCode: string }>;

/** CcsAwarded as stored, version 1; published under the decision's rules. */
export const ccsAwardedDescriptor = defineEvent<CcsAwarded>({
  type: 'CcsAwarded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedAwardShape, ccsCode: z.string() }),
  // An award restates its deliberation's rulebook and rule ids; the trace with facts is the deliberation's.
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ decisionId, sessionId, candidateId, titleCode, ccsCode, decidedOn }) => ({
    fr: `CCS ${ccsCode} du titre ${titleCode} attribué au candidat ${candidateId} le ${decidedOn} (décision ${decisionId}, session ${sessionId})`,
    en: `CCS ${ccsCode} of title ${titleCode} awarded to candidate ${candidateId} on ${decidedOn} (decision ${decisionId}, session ${sessionId})`,
  }),
});

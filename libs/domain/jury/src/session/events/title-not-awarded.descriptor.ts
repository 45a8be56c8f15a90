import { defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedAwardShape } from './award-data';
import type { TitleNotAwarded } from './title-not-awarded.event';

/** TitleNotAwarded as stored, version 1; published under the decision's rules. */
export const titleNotAwardedDescriptor = defineEvent<TitleNotAwarded>({
  type: 'TitleNotAwarded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedAwardShape, ccpCodes: z.array(z.string()) }),
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ decisionId, sessionId, candidateId, titleCode, decidedOn }) => ({
    fr: `Titre ${titleCode} non attribué au candidat ${candidateId} le ${decidedOn} (décision ${decisionId}, session ${sessionId})`,
    en: `Title ${titleCode} not awarded to candidate ${candidateId} on ${decidedOn} (decision ${decisionId}, session ${sessionId})`,
  }),
});

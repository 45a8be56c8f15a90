import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { achievementLabel } from '../shared/labels';
import { storedAchievement, storedRuleApplications, storedStatusListIndex } from '../shared/stored-schemas';
import { traceOf } from '../shared/trace';
import type { ParchmentIssued } from './parchment-issued.event';

/** ParchmentIssued as stored, version 1; a decision under PARCHMENT and ISSUER. */
export const parchmentIssuedDescriptor = defineEvent<ParchmentIssued>({
  type: 'ParchmentIssued',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    documentId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    achievement: storedAchievement,
    ccpCodes: z.array(z.string()),
    issuerRegion: z.string(),
    decidedOn: calendarDate,
    issuedOn: calendarDate,
    statusListIndex: storedStatusListIndex,
    rectificationId: z.string().nullable(),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
  }),
  decision: traceOf,
  describe: ({ candidateId, documentId, decisionId, achievement, issuerRegion, decidedOn, issuedOn, rectificationId }) => {
    const label = achievementLabel(achievement);
    const reissue = rectificationId === null ? { fr: '', en: '' } : { fr: `, réédité sur rectification ${rectificationId}`, en: `, reissued on rectification ${rectificationId}` };
    return {
      fr: `Parchemin ${documentId} (${label.fr}) délivré au candidat ${candidateId} le ${issuedOn} par la région ${issuerRegion} (décision ${decisionId} du ${decidedOn}${reissue.fr})`,
      en: `Parchemin ${documentId} (${label.en}) issued to candidate ${candidateId} on ${issuedOn} by region ${issuerRegion} (decision ${decisionId} of ${decidedOn}${reissue.en})`,
    };
  },
});

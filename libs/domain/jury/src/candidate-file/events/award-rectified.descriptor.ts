import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { awardLabel } from '../awards/award';
import { storedFactCommon, storedRectifiedAward } from '../shared/stored-schemas';
import type { AwardRectified } from './award-rectified.event';

/** AwardRectified as stored, version 1. */
export const awardRectifiedDescriptor = defineEvent<AwardRectified>({
  type: 'AwardRectified',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    award: storedRectifiedAward,
    awardedOn: calendarDate,
  }),
  describe: ({ decisionId, sessionId, region, titleCode, award, recordedOn }) => {
    const label = awardLabel(titleCode, award);
    return {
      fr: `Décision ${decisionId} (session ${sessionId}, région ${region}) rectifiée : ${label.fr}, pris en compte le ${recordedOn}`,
      en: `Decision ${decisionId} (session ${sessionId}, region ${region}) rectified: ${label.en}, recorded on ${recordedOn}`,
    };
  },
});

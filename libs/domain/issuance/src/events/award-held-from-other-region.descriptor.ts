import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { heldAwardLabel } from '../shared/labels';
import type { AwardHeldFromOtherRegion } from './award-held-from-other-region.event';

/** AwardHeldFromOtherRegion as stored, version 1. No rule is applied here: the issuing region's documents carry the trace. */
export const awardHeldFromOtherRegionDescriptor = defineEvent<AwardHeldFromOtherRegion>({
  type: 'AwardHeldFromOtherRegion',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    ccpCodes: z.array(z.string()),
    ccsCode: z.string().nullable(),
    decidedOn: calendarDate,
    recordedOn: calendarDate,
  }),
  describe: ({ candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode, decidedOn, recordedOn }) => {
    const held = heldAwardLabel(ccpCodes, ccsCode);
    return {
      fr: `Décision ${decisionId} de la région ${region} (session ${sessionId}, ${titleCode}, du ${decidedOn}) prise en compte pour le candidat ${candidateId} le ${recordedOn}, sans document (délivré par la région ${region}) ; ${held.fr}`,
      en: `Decision ${decisionId} of region ${region} (session ${sessionId}, ${titleCode}, of ${decidedOn}) recorded for candidate ${candidateId} on ${recordedOn}, with no document (issued by region ${region}); ${held.en}`,
    };
  },
});

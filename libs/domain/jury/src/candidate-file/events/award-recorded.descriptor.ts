import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { awardLabel } from '../awards/award';
import { storedAward, storedFactCommon } from '../shared/stored-schemas';
import type { AwardRecorded } from './award-recorded.event';

/** AwardRecorded as stored, version 1. The jury's session event carries the decision's trace. */
export const awardRecordedDescriptor = defineEvent<AwardRecorded>({
  type: 'AwardRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    award: storedAward,
    awardedOn: calendarDate,
  }),
  describe: ({ decisionId, sessionId, region, titleCode, award, awardedOn, recordedOn }) => {
    const label = awardLabel(titleCode, award);
    return {
      fr: `Obtenu le ${awardedOn} : ${label.fr} (décision ${decisionId}, session ${sessionId}, région ${region}), pris en compte le ${recordedOn}`,
      en: `Awarded on ${awardedOn}: ${label.en} (decision ${decisionId}, session ${sessionId}, region ${region}), recorded on ${recordedOn}`,
    };
  },
});

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { type Award, awardLabel } from '../awards/award';
import { storedAward, storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/**
 * A jury of some region awarded the candidate something (TitleAwarded, CcpAwarded, CcsAwarded
 * after sealing): the file holds it from `awardedOn`, the session date.
 */
export type AwardRecorded = DomainEvent<
  'AwardRecorded',
  ConsumedFact & {
    readonly decisionId: string;
    readonly sessionId: string;
    /** The region whose jury decided. */
    readonly region: string;
    readonly titleCode: string;
    readonly award: Award;
    readonly awardedOn: CalendarDate;
  }
>;

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

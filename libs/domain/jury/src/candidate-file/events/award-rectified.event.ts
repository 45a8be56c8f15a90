import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { awardLabel, type RectifiedAward } from '../awards/award';
import { storedFactCommon, storedRectifiedAward } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A jury rectified a sealed decision (DecisionRectified): what that decision awarded is replaced by `award`. */
export type AwardRectified = DomainEvent<
  'AwardRectified',
  ConsumedFact & {
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly award: RectifiedAward;
    readonly awardedOn: CalendarDate;
  }
>;

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

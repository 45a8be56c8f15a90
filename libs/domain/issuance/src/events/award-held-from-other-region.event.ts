import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { heldAwardLabel } from '../shared/labels';

/**
 * A jury of another region decided for the candidate: that region's office delivers the document
 * (ISSUER; it alone holds its signing key), so nothing is issued here. The CCPs the decision awards
 * are held all the same, so that a livret this region issues later lists every CCP held in any
 * region (BOOKLET); and the decision is taken, so that a redelivery decides nothing.
 */
export type AwardHeldFromOtherRegion = DomainEvent<
  'AwardHeldFromOtherRegion',
  {
    readonly candidateId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    /** The region whose jury decided, and issues. */
    readonly region: string;
    readonly titleCode: string;
    /** The CCPs now held from the decision: the title's for a title, those awarded for CCPs, none for a CCS. */
    readonly ccpCodes: readonly string[];
    /** The CCS awarded, for a CCS award; else null. */
    readonly ccsCode: string | null;
    /** The session date: the date the CCPs were obtained on. */
    readonly decidedOn: CalendarDate;
    readonly recordedOn: CalendarDate;
  }
>;

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

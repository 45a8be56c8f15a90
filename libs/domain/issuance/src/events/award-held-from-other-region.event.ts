import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

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

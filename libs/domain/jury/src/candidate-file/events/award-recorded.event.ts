import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { Award } from '../awards/award';
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

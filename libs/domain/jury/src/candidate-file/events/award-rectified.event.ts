import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { RectifiedAward } from '../awards/award';
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

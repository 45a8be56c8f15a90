import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { ConsumedFact } from './consumed-fact';

/** A jury announced that the candidate's window for a title closed (CapitalisationWindowClosed); not announced again from here. */
export type CapitalisationWindowClosureRecorded = DomainEvent<
  'CapitalisationWindowClosureRecorded',
  ConsumedFact & { readonly titleCode: string; readonly windowStart: CalendarDate; readonly windowEnd: CalendarDate }
>;

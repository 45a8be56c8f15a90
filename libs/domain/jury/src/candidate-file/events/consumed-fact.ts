import type { CalendarDate } from '@titrepro/domain-kernel';
import type { SourceEvent } from '../../shared/candidate-file-facts';

/** What every fact the file takes from another service carries: whose file, where it came from, when it was taken. */
export interface ConsumedFact {
  readonly candidateId: string;
  /** The integration event consumed: its id makes a redelivery harmless. */
  readonly source: SourceEvent;
  readonly recordedOn: CalendarDate;
}

import type { CalendarDate } from '@titrepro/domain-kernel';
import type { DocumentsDeciderDependencies } from './dependencies';

/** What every use case decides with: the day of the command (Europe/Paris) and the data it reads. */
export interface DecisionInput {
  /** The day documents are issued or revoked on; the rules are evaluated as of the award's `decidedOn`. */
  readonly today: CalendarDate;
  readonly dependencies: DocumentsDeciderDependencies;
}

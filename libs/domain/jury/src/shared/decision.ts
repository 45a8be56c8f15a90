import type { CalendarDate } from '@titrepro/domain-kernel';
import type { JuryDeciderDependencies } from './dependencies';

/** What every use case decides with: the day of the command (Europe/Paris) and the data it reads. */
export interface DecisionInput {
  readonly today: CalendarDate;
  readonly dependencies: JuryDeciderDependencies;
}

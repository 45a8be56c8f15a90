import type { CalendarDate } from '@titrepro/domain-kernel';
import type { EvaluationDeciderDependencies } from './dependencies';

/** What every use case decides with: the decision date (Europe/Paris day of `now`) and the data it reads. */
export interface DecisionInput {
  readonly on: CalendarDate;
  readonly dependencies: EvaluationDeciderDependencies;
}

import type { CalendarDate } from '@titrepro/domain-kernel';
import type { CandidateDeciderDependencies } from './dependencies';

/** What every use case decides with: the decision date (Europe/Paris day of `now`) and the data it reads. */
export interface DecisionInput {
  readonly on: CalendarDate;
  /** The decision's instant (the command's clock), for what expires within a day (a link code). */
  readonly now: Date;
  readonly dependencies: CandidateDeciderDependencies;
}

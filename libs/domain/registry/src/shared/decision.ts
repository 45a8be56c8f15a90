import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event';
import type { CandidateDeciderDependencies } from './dependencies';

/** What every use case decides with: the decision date (Europe/Paris day of `now`) and the data it reads. */
export interface DecisionInput {
  readonly on: CalendarDate;
  readonly dependencies: CandidateDeciderDependencies;
}

export type Decision = Result<readonly CandidateEvent[], DomainError>;

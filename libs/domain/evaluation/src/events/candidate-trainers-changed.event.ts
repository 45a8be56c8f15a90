import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The trainers who evaluated the candidate changed (the whole current list, sorted): the jury keeps
 * them off the candidate's jury (JURY-PROFESSIONALS).
 */
export type CandidateTrainersChanged = DomainEvent<
  'CandidateTrainersChanged',
  {
    readonly candidateId: string;
    readonly trainerIds: readonly string[];
    readonly changedOn: CalendarDate;
  }
>;

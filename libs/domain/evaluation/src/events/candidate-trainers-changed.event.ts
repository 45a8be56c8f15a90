import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

/** CandidateTrainersChanged as stored, version 1. */
export const candidateTrainersChangedDescriptor = defineEvent<CandidateTrainersChanged>({
  type: 'CandidateTrainersChanged',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), trainerIds: z.array(z.string()), changedOn: calendarDate }),
  describe: ({ trainerIds, changedOn }) => ({
    fr: `Formateurs ayant évalué le candidat au ${changedOn} : ${trainerIds.join(', ') || 'aucun'}`,
    en: `Trainers who assessed the candidate as of ${changedOn}: ${trainerIds.join(', ') || 'none'}`,
  }),
});

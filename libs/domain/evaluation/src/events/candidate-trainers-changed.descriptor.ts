import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateTrainersChanged } from './candidate-trainers-changed.event';

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

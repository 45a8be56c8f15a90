import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, personIdField } from '../shared-fields';

/**
 * The trainers who assessed the candidate changed; the list is the whole current one. The jury
 * service keeps them off the candidate's jury (rule JURY-PROFESSIONALS).
 */
export const CandidateTrainersChangedV1 = defineContract({
  type: 'CandidateTrainersChanged',
  version: 1,
  context: 'evaluation',
  summary: 'The trainers who assessed the candidate changed (the whole current list).',
  schema: z.object({
    candidateId: candidateIdField,
    trainerIds: z.array(personIdField),
    changedAt: instantField,
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField } from '../shared-fields';

/**
 * The candidate's personal data was erased (their key destroyed). Downstream systems must erase
 * whatever personal data of this candidate they obtained elsewhere; ids and facts remain.
 */
export const CandidatePersonalDataErasedV1 = defineContract({
  type: 'CandidatePersonalDataErased',
  version: 1,
  context: 'registry',
  summary: "The candidate's personal data was erased.",
  schema: z.object({
    candidateId: candidateIdField,
    erasedAt: instantField,
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/** A regional office registered a candidate. Names and contact details stay in the registry. */
export const CandidateRegisteredV1 = defineContract({
  type: 'CandidateRegistered',
  version: 1,
  context: 'registry',
  summary: 'A regional office registered a candidate.',
  description: 'Carries no personal data: downstream systems know the candidate by id and region only.',
  schema: z.object({
    candidateId: candidateIdField,
    region: regionField,
    registeredAt: instantField,
  }),
});

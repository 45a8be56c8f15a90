import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/** A candidate's file moved from one regional office to another. */
export const CandidateTransferredV1 = defineContract({
  type: 'CandidateTransferred',
  version: 1,
  context: 'registry',
  summary: "A candidate's file moved to another regional office.",
  schema: z.object({
    candidateId: candidateIdField,
    fromRegion: regionField,
    toRegion: regionField,
    transferredAt: instantField,
  }),
});

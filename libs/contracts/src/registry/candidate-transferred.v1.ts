import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/**
 * The home regional office offered a candidate's file to another one. The home region does not move
 * yet: the receiving region answers with CandidateTransferAccepted or CandidateTransferRefused.
 */
export const CandidateTransferredV1 = defineContract({
  type: 'CandidateTransferred',
  version: 1,
  context: 'registry',
  summary: "A candidate's home regional office offered the file to another one.",
  schema: z.object({
    candidateId: candidateIdField,
    fromRegion: regionField,
    toRegion: regionField,
    transferredAt: instantField,
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/**
 * The receiving regional office accepted a candidate's file. Published by the receiving region; the
 * sending region then hands the file over (CandidateHandedOver), which moves the home region.
 */
export const CandidateTransferAcceptedV1 = defineContract({
  type: 'CandidateTransferAccepted',
  version: 1,
  context: 'registry',
  summary: "The receiving regional office accepted a candidate's file.",
  schema: z.object({
    candidateId: candidateIdField,
    fromRegion: regionField,
    toRegion: regionField,
    acceptedAt: instantField,
  }),
});

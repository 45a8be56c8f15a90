import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/**
 * The sending regional office handed the candidate's file over: from `handedOverAt`, `toRegion` is
 * the candidate's home region, the only one whose events about the candidate consumers accept.
 */
export const CandidateHandedOverV1 = defineContract({
  type: 'CandidateHandedOver',
  version: 1,
  context: 'registry',
  summary: "A candidate's home region moved to the region that accepted the file.",
  schema: z.object({
    candidateId: candidateIdField,
    fromRegion: regionField,
    toRegion: regionField,
    handedOverAt: instantField,
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, regionField } from '../shared-fields';

/** The receiving regional office refused a candidate's file, which stays in the sending region. */
export const CandidateTransferRefusedV1 = defineContract({
  type: 'CandidateTransferRefused',
  version: 1,
  context: 'registry',
  summary: "The receiving regional office refused a candidate's file; it stays where it was.",
  schema: z.object({
    candidateId: candidateIdField,
    fromRegion: regionField,
    toRegion: regionField,
    /** A fixed code; the officer's own words stay sealed in the refusing region. */
    reasonCode: z.enum(['title-not-offered', 'not-resident', 'file-incomplete', 'other']),
    refusedAt: instantField,
  }),
});

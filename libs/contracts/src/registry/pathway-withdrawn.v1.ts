import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, pathwayIdField, titleCodeField } from '../shared-fields';

/** A candidate's pathway towards a title was closed before its end. */
export const PathwayWithdrawnV1 = defineContract({
  type: 'PathwayWithdrawn',
  version: 1,
  context: 'registry',
  summary: "A candidate's pathway towards a title was withdrawn.",
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField.optional(),
    titleCode: titleCodeField,
    reasonCode: z.string().min(1).max(80).optional(),
    withdrawnAt: instantField,
  }),
});

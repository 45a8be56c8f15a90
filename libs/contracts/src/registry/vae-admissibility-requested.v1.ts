import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, pathwayIdField, titleCodeField } from '../shared-fields';

/** A VAE candidate filed an admissibility request (dossier de recevabilité) with the regional office. */
export const VaeAdmissibilityRequestedV1 = defineContract({
  type: 'VaeAdmissibilityRequested',
  version: 1,
  context: 'registry',
  summary: 'A VAE candidate filed an admissibility request.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField.optional(),
    titleCode: titleCodeField,
    requestedAt: instantField,
  }),
});

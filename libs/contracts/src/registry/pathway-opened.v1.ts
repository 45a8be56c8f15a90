import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, pathwayIdField, pathwayTypeField, regionField, titleCodeField } from '../shared-fields';

/** A candidate started a pathway towards a title (rule PATHWAY: one pathway per title). */
export const PathwayOpenedV1 = defineContract({
  type: 'PathwayOpened',
  version: 1,
  context: 'registry',
  summary: 'A candidate started a pathway towards a title.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField.optional(),
    titleCode: titleCodeField,
    pathway: pathwayTypeField,
    region: regionField.optional(),
    openedAt: instantField,
  }),
});

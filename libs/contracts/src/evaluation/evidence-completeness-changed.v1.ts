import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, pathwayIdField, pathwayTypeField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';

/** One piece of evidence the jury decides on: a stable key (`ecf`, `dspp:CCP2`, `practical-assessment`…) and its labels. */
const evidenceItemField = z.object({
  key: z.string().min(1).max(80).describe('Stable key of the piece of evidence, e.g. dspp:CCP2.'),
  en: z.string().min(1).max(300),
  fr: z.string().min(1).max(300),
});

/**
 * The evidence on the jury's table for a candidate became complete, or stopped being so (rules
 * EVIDENCE-CONTINUOUS, EVIDENCE-VAE): the jury service may then, or may no longer, schedule them.
 */
export const EvidenceCompletenessChangedV1 = defineContract({
  type: 'EvidenceCompletenessChanged',
  version: 1,
  context: 'evaluation',
  summary: "The evidence for a candidate's jury became complete, or stopped being so.",
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField,
    titleCode: titleCodeField,
    pathwayType: pathwayTypeField,
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    complete: z.boolean(),
    present: z.array(evidenceItemField),
    missing: z.array(evidenceItemField),
    changedAt: instantField,
  }),
});

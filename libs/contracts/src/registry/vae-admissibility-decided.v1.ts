import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField, pathwayIdField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';

/**
 * The regional office decided on a VAE admissibility request (notification de recevabilité). A
 * candidate may sit a validation session only after an `admissible` outcome (rule VAE-ADMISSIBILITY).
 */
export const VaeAdmissibilityDecidedV1 = defineContract({
  type: 'VaeAdmissibilityDecided',
  version: 1,
  context: 'registry',
  summary: 'The regional office decided on a VAE admissibility request.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField.optional(),
    titleCode: titleCodeField,
    outcome: z.enum(['admissible', 'inadmissible']),
    /** Machine-readable reason, e.g. the id of the rule that refused; stable across languages. */
    reasonCode: z.string().min(1).max(80).describe('Machine-readable reason, e.g. the id of the rule that refused.'),
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    decidedAt: instantField,
  }),
});

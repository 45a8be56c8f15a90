import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, ccsCodeField, instantField, pathwayIdField, personIdField, titleCodeField } from '../shared-fields';

/**
 * What was assessed: the épreuve de synthèse of the whole title (continuous training, VAE), one CCP
 * (discontinuous pathway) or one CCS. A plain union (anyOf) rather than a discriminated one (oneOf):
 * the compatibility check understands anyOf variant by variant.
 */
const practicalAssessmentTargetField = z.union([
  z.object({ kind: z.literal('title-synthesis') }),
  z.object({ kind: z.literal('ccp'), ccpCode: ccpCodeField }),
  z.object({ kind: z.literal('ccs'), ccsCode: ccsCodeField }),
]);

const competenceOutcomeField = z.object({
  competence: z.string().min(1).max(500).describe('The competence as the title referential states it.'),
  outcome: z.enum(['acquired', 'not-acquired']),
});

/** A mise en situation professionnelle (or épreuve de synthèse) was held and its outcomes recorded. */
export const PracticalAssessmentRecordedV1 = defineContract({
  type: 'PracticalAssessmentRecorded',
  version: 1,
  context: 'evaluation',
  summary: 'A practical assessment (mise en situation professionnelle) was held and its outcomes recorded.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField,
    titleCode: titleCodeField,
    assessmentId: z.string().min(1).max(100).describe('Id of the assessment.'),
    target: practicalAssessmentTargetField,
    heldOn: calendarDateField,
    outcomes: z.array(competenceOutcomeField).min(1),
    assessorIds: z.array(personIdField).min(1),
    recordedAt: instantField,
  }),
});

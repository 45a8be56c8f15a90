import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, instantField, pathwayIdField, personIdField, titleCodeField } from '../shared-fields';

/**
 * The result of an évaluation en cours de formation (ECF) of one CCP was recorded. The jury of a
 * continuous-training candidate decides on these results (rule EVIDENCE-CONTINUOUS).
 */
export const TrainingEvaluationRecordedV1 = defineContract({
  type: 'TrainingEvaluationRecorded',
  version: 1,
  context: 'evaluation',
  summary: 'The result of an in-training evaluation (ECF) of one CCP was recorded.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField,
    titleCode: titleCodeField,
    ccpCode: ccpCodeField,
    result: z.enum(['passed', 'failed']),
    assessorId: personIdField,
    evaluatedOn: calendarDateField,
    recordedAt: instantField,
  }),
});

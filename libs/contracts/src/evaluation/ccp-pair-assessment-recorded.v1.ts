import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import {
  calendarDateField,
  candidateIdField,
  ccpCodeField,
  instantField,
  pathwayIdField,
  personIdField,
  rulebookIdField,
  ruleIdsField,
  titleCodeField,
} from '../shared-fields';

/**
 * In the discontinuous pathway, a pair of assessors (a professional and a trainer of the specialty,
 * two distinct people) assessed one CCP on a practical assessment and the DSPP (rule CCP-PAIR).
 */
export const CcpPairAssessmentRecordedV1 = defineContract({
  type: 'CcpPairAssessmentRecorded',
  version: 1,
  context: 'evaluation',
  summary: 'A pair of assessors assessed one CCP of a discontinuous pathway.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField,
    titleCode: titleCodeField,
    ccpCode: ccpCodeField,
    outcome: z.enum(['passed', 'failed']),
    assessorIds: z.tuple([personIdField, personIdField]).describe('The pair: two distinct people, a professional and a trainer of the specialty.'),
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    assessedOn: calendarDateField,
    recordedAt: instantField,
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, instantField, pathwayIdField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, sessionIdField } from './jury-fields';

/**
 * A title session's jury did not award the title (rule JURY-OUTCOME), minutes sealed. The CCPs it
 * awarded instead, if any, are also published as CcpAwarded.
 */
export const TitleNotAwardedV1 = defineContract({
  type: 'TitleNotAwarded',
  version: 1,
  context: 'jury',
  summary: 'A jury did not award the title (minutes sealed).',
  schema: z.object({
    candidateId: candidateIdField,
    decisionId: decisionIdField,
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    pathwayId: pathwayIdField.nullable(),
    ccpCodesAwarded: z.array(ccpCodeField),
    decidedOn: calendarDateField,
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    decidedAt: instantField.describe('When the minutes were sealed.'),
  }),
});

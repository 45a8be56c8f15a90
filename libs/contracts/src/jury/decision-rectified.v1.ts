import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, ccsCodeField, instantField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, juryOutcomeField, sessionIdField } from './jury-fields';

/**
 * A sealed decision was rectified (with a reason, kept in the jury service): the documents issued
 * on `decisionId` are revoked and reissued from `outcome` where it still awards something.
 */
export const DecisionRectifiedV1 = defineContract({
  type: 'DecisionRectified',
  version: 1,
  context: 'jury',
  summary: 'A sealed jury decision was rectified.',
  schema: z.object({
    candidateId: candidateIdField,
    rectificationId: z.string().min(1).max(100).describe('Id of this rectification.'),
    decisionId: decisionIdField.describe('The decision rectified: documents issued on it are revoked.'),
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    previousOutcome: juryOutcomeField,
    outcome: juryOutcomeField,
    ccpCodesAwarded: z.array(ccpCodeField).describe('CCPs the decision awards now (all of them for a title awarded).'),
    ccsCode: ccsCodeField.nullable(),
    decidedOn: calendarDateField.describe('The session date, still the date of the rules.'),
    rectifiedOn: calendarDateField,
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    rectifiedAt: instantField,
  }),
});

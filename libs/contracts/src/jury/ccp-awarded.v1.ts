import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, instantField, pathwayIdField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, sessionIdField } from './jury-fields';

/**
 * A jury awarded CCPs of a title without the title (rules JURY-OUTCOME, CAPITALISATION-WINDOW), and
 * its minutes were sealed: the candidate's livret de certification gains them (rule BOOKLET).
 */
export const CcpAwardedV1 = defineContract({
  type: 'CcpAwarded',
  version: 1,
  context: 'jury',
  summary: 'A jury awarded CCPs of a title (minutes sealed).',
  schema: z.object({
    candidateId: candidateIdField,
    decisionId: decisionIdField,
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    pathwayId: pathwayIdField.nullable(),
    ccpCodes: z.array(ccpCodeField).min(1),
    decidedOn: calendarDateField.describe('The session date: the date of the decision and of its rules.'),
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    awardedAt: instantField.describe('When the minutes were sealed.'),
  }),
});

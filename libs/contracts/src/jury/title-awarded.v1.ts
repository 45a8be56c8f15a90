import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, instantField, pathwayIdField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, sessionIdField } from './jury-fields';

/**
 * A jury awarded the title, and its minutes were sealed: the issuing region delivers the parchemin
 * (rules JURY-OUTCOME, PARCHMENT). Published once the procès-verbal is sealed, never before.
 */
export const TitleAwardedV1 = defineContract({
  type: 'TitleAwarded',
  version: 1,
  context: 'jury',
  summary: 'A jury awarded the title (minutes sealed).',
  schema: z.object({
    candidateId: candidateIdField,
    decisionId: decisionIdField,
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    pathwayId: pathwayIdField.nullable(),
    ccpCodes: z.array(ccpCodeField).min(1).describe("The title's CCPs, all held with the title."),
    decidedOn: calendarDateField.describe('The session date: the date of the decision and of its rules.'),
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    awardedAt: instantField.describe('When the minutes were sealed.'),
  }),
});

import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccsCodeField, instantField, pathwayIdField, rulebookIdField, ruleIdsField, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, sessionIdField } from './jury-fields';

/** A jury awarded a CCS to a holder of its title (rule CCS-REQUIRES-TITLE), minutes sealed: a parchemin follows. */
export const CcsAwardedV1 = defineContract({
  type: 'CcsAwarded',
  version: 1,
  context: 'jury',
  summary: 'A jury awarded a CCS (minutes sealed).',
  schema: z.object({
    candidateId: candidateIdField,
    decisionId: decisionIdField,
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    pathwayId: pathwayIdField.nullable(),
    ccsCode: ccsCodeField,
    decidedOn: calendarDateField,
    rulebookId: rulebookIdField,
    ruleIds: ruleIdsField,
    awardedAt: instantField.describe('When the minutes were sealed.'),
  }),
});

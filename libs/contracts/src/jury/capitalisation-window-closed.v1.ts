import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, ccpCodeField, instantField, regionField, rulebookIdField, titleCodeField } from '../shared-fields';

/**
 * The five years of CAPITALISATION-WINDOW ran out before the candidate held every CCP of the title:
 * the CCPs held no longer count towards it. Announced by the candidate's home region only.
 */
export const CapitalisationWindowClosedV1 = defineContract({
  type: 'CapitalisationWindowClosed',
  version: 1,
  context: 'jury',
  summary: 'A candidate’s capitalisation window closed before all CCPs of the title were held.',
  schema: z.object({
    candidateId: candidateIdField,
    titleCode: titleCodeField,
    region: regionField.describe("The candidate's home region, which announces it."),
    windowStart: calendarDateField.describe('The day the first CCP of the title was obtained.'),
    windowEnd: calendarDateField.describe('The last day of the window (inclusive).'),
    ccpCodesHeld: z.array(ccpCodeField),
    missingCcpCodes: z.array(ccpCodeField).min(1),
    rulebookId: rulebookIdField,
    closedAt: instantField,
  }),
});

import { z } from 'zod';
import { ccpCodeField, regionField } from '../shared-fields';

/** Id of a jury's decision for one candidate: issuance keeps one document per decision id. */
export const decisionIdField = z.string().min(1).max(100).describe('Id of the jury decision (one per candidate and session).');

export const sessionIdField = z.string().min(1).max(100).describe('Id of the validation session.');

/** The region whose jury decided: the issuer of the documents (rule ISSUER). */
export const decidingRegionField = regionField.describe('The regional office whose jury decided (the issuer).');

export const sessionKindField = z.enum(['title', 'ccp', 'ccs']).describe('What the session judges: the title, CCPs or a CCS.');

/**
 * A jury's outcome for one candidate (rule JURY-OUTCOME). A plain union (anyOf) rather than a
 * discriminated one: the compatibility check understands anyOf variant by variant.
 */
export const juryOutcomeField = z.union([
  z.object({ kind: z.literal('title-awarded') }),
  z.object({ kind: z.literal('title-not-awarded'), ccpCodesAwarded: z.array(ccpCodeField) }),
  z.object({ kind: z.literal('ccs-awarded') }),
  z.object({ kind: z.literal('ccs-refused') }),
  z.object({ kind: z.literal('absent') }),
  z.object({ kind: z.literal('excused') }),
]);

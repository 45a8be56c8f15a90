import type { Explanation } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * What a jury decides for one convened candidate (JURY-OUTCOME for a title, CCS-REQUIRES-TITLE for
 * a CCS, or no decision at all): the jury and the issuance both read decisions in these terms.
 */
export type JuryDecisionOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'ccs-awarded' }
  | { readonly kind: 'ccs-refused' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'excused' };

export type JuryDecisionOutcomeKind = JuryDecisionOutcome['kind'];

export const JURY_DECISION_OUTCOME_KINDS = ['title-awarded', 'title-not-awarded', 'ccs-awarded', 'ccs-refused', 'absent', 'excused'] as const satisfies readonly JuryDecisionOutcomeKind[];

/** The outcome in words, for event descriptions. */
export const juryOutcomeLabel = (outcome: JuryDecisionOutcome): Explanation => {
  switch (outcome.kind) {
    case 'title-awarded':
      return { fr: 'titre attribué', en: 'title awarded' };
    case 'title-not-awarded':
      return outcome.ccpCodesAwarded.length === 0
        ? { fr: 'titre non attribué, aucun CCP', en: 'title not awarded, no CCP' }
        : { fr: `titre non attribué, CCP attribués : ${outcome.ccpCodesAwarded.join(', ')}`, en: `title not awarded, CCPs awarded: ${outcome.ccpCodesAwarded.join(', ')}` };
    case 'ccs-awarded':
      return { fr: 'CCS attribué', en: 'CCS awarded' };
    case 'ccs-refused':
      return { fr: 'CCS non attribué', en: 'CCS not awarded' };
    case 'absent':
      return { fr: 'absent', en: 'absent' };
    case 'excused':
      return { fr: 'absent excusé', en: 'excused' };
    default: {
      const unexpected: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unexpected)}`);
    }
  }
};

/** An outcome as events store it: strict about its shape, loose about codes (the référentiel says what they mean). */
export const storedJuryDecisionOutcome: z.ZodType<JuryDecisionOutcome, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-awarded') }),
  z.strictObject({ kind: z.literal('title-not-awarded'), ccpCodesAwarded: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('ccs-awarded') }),
  z.strictObject({ kind: z.literal('ccs-refused') }),
  z.strictObject({ kind: z.literal('absent') }),
  z.strictObject({ kind: z.literal('excused') }),
]);

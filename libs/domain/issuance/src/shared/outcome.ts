import type { Explanation } from '@titrepro/domain-kernel';

/** A jury's outcome for one candidate, as DecisionRectified carries it (rule JURY-OUTCOME). */
export type JuryOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'ccs-awarded' }
  | { readonly kind: 'ccs-refused' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'excused' };

export const JURY_OUTCOME_KINDS = ['title-awarded', 'title-not-awarded', 'ccs-awarded', 'ccs-refused', 'absent', 'excused'] as const satisfies readonly JuryOutcome['kind'][];

export const outcomeLabel = (outcome: JuryOutcome): Explanation => {
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

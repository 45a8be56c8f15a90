import type { Explanation } from '@titrepro/domain-kernel';

/** What a jury decides for one convened candidate. */
export type JuryDecisionOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'ccs-awarded' }
  | { readonly kind: 'ccs-refused' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'excused' };

export type JuryDecisionOutcomeKind = JuryDecisionOutcome['kind'];

export const OUTCOME_KINDS = ['title-awarded', 'title-not-awarded', 'ccs-awarded', 'ccs-refused', 'absent', 'excused'] as const satisfies readonly JuryDecisionOutcomeKind[];

export const outcomeLabel = (outcome: JuryDecisionOutcome): Explanation => {
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

/** Same decision, whatever the order of the CCPs named. */
export const sameOutcome = (a: JuryDecisionOutcome, b: JuryDecisionOutcome): boolean => {
  if (a.kind === 'title-not-awarded' && b.kind === 'title-not-awarded') {
    return [...a.ccpCodesAwarded].sort().join(',') === [...b.ccpCodesAwarded].sort().join(',');
  }
  return a.kind === b.kind;
};

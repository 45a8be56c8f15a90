import type { JuryDecisionOutcome } from '@titrepro/domain-rulebook';

/** Same decision, whatever the order of the CCPs named. */
export const sameOutcome = (a: JuryDecisionOutcome, b: JuryDecisionOutcome): boolean => {
  if (a.kind === 'title-not-awarded' && b.kind === 'title-not-awarded') {
    return [...a.ccpCodesAwarded].sort().join(',') === [...b.ccpCodesAwarded].sort().join(',');
  }
  return a.kind === b.kind;
};

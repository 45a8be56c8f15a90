import type { HeldCcp, HeldCcs, HeldTitle } from '../../shared/candidate-file-facts';
import type { AwardFacts } from './award';

/** What the candidate holds, awarded by juries of every region. */
export interface Holdings {
  readonly ccpsHeld: readonly HeldCcp[];
  readonly titlesHeld: readonly HeldTitle[];
  readonly ccssHeld: readonly HeldCcs[];
}

/**
 * Adds what a decision awarded. A title brings its CCPs. Something already held is kept as first
 * obtained: the earliest CCP is what opened the capitalisation window.
 */
export const withAward = (holdings: Holdings, { decisionId, sessionId, region, titleCode, award, awardedOn }: AwardFacts): Holdings => {
  const origin = { region, sessionId, decisionId };
  const ccpCodes = award.kind === 'title' || award.kind === 'ccps' ? award.ccpCodes : [];
  const newCcps = ccpCodes.filter((ccpCode) => !holdings.ccpsHeld.some((held) => held.titleCode === titleCode && held.ccpCode === ccpCode));
  const titleIsNew = award.kind === 'title' && !holdings.titlesHeld.some((held) => held.titleCode === titleCode);
  const ccsIsNew = award.kind === 'ccs' && !holdings.ccssHeld.some((held) => held.titleCode === titleCode && held.ccsCode === award.ccsCode);
  return {
    ccpsHeld: [...holdings.ccpsHeld, ...newCcps.map((ccpCode) => ({ titleCode, ccpCode, obtainedOn: awardedOn, ...origin }))],
    titlesHeld: titleIsNew ? [...holdings.titlesHeld, { titleCode, awardedOn, ...origin }] : holdings.titlesHeld,
    ccssHeld: award.kind === 'ccs' && ccsIsNew ? [...holdings.ccssHeld, { titleCode, ccsCode: award.ccsCode, awardedOn, ...origin }] : holdings.ccssHeld,
  };
};

/** Drops everything one decision awarded: a rectified decision replaces its holdings. */
export const withoutDecision = (holdings: Holdings, decisionId: string): Holdings => ({
  ccpsHeld: holdings.ccpsHeld.filter((held) => held.decisionId !== decisionId),
  titlesHeld: holdings.titlesHeld.filter((held) => held.decisionId !== decisionId),
  ccssHeld: holdings.ccssHeld.filter((held) => held.decisionId !== decisionId),
});

import type { ObtainedCcp } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts, HeldCcp } from '../../shared/candidate-file-facts';

/**
 * What the file holds, leaving out what `decisionId` itself awarded: a rectified decision is judged
 * on the file as it would be without its own award (the rectified award replaces it).
 */
export const heldCcpsOf = (file: CandidateFileFacts, titleCode: string, decisionId: string | null = null): readonly HeldCcp[] =>
  file.ccpsHeld.filter((ccp) => ccp.titleCode === titleCode && ccp.decisionId !== decisionId);

/** The CCPs of a title a rule reads: code and date obtained. */
export const obtainedCcpsOf = (file: CandidateFileFacts, titleCode: string, decisionId: string | null = null): ObtainedCcp[] =>
  heldCcpsOf(file, titleCode, decisionId).map((ccp) => ({ ccpCode: ccp.ccpCode, obtainedOn: ccp.obtainedOn }));

export const titlesHeldOf = (file: CandidateFileFacts, decisionId: string | null = null): { titleCode: string; awardedOn: string }[] =>
  file.titlesHeld.filter((title) => title.decisionId !== decisionId).map((title) => ({ titleCode: title.titleCode, awardedOn: title.awardedOn }));

import { type AppliedRule, applyRule, holdsRule } from '@titrepro/domain-rulebook';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';

/** The jury as the composition rules read it: its members and the one the office designated president. */
export interface JuryUnderRules {
  readonly members: readonly JuryMemberFacts[];
  readonly presidentId: string | null;
}

/**
 * The rules on a jury's composition for one candidate (subject: the candidate), or for the jury
 * alone before anyone is convened (subject null, nobody's trainer): JURY-PROFESSIONALS in every
 * regime, and VAE-JURY (D. 6412-6) for a candidate when the rulebook holds it. A member is a
 * professional of the session's title when habilitated for it, and the candidate's trainer when
 * their assessor id is among the file's trainers and assessors; `conflicted` are the members who
 * declared a conflict of interest with the candidate (recorded in the facts only when true, so
 * earlier decisions read the same).
 */
export const juryComposition = (
  rulebook: Rulebook,
  jury: JuryUnderRules,
  titleCode: string,
  file: CandidateFileFacts | null,
  conflicted: readonly string[] = [],
): readonly AppliedRule[] => {
  const members = jury.members.map((member) => ({
    personId: member.memberId,
    professional: member.titleCodes.includes(titleCode),
    trainerOfCandidate: file !== null && member.assessorId !== null && file.assessorIds.includes(member.assessorId),
    ...(conflicted.includes(member.memberId) ? { declaredConflict: true } : {}),
  }));
  const subject = file?.candidateId ?? null;
  const professionals = applyRule(rulebook, 'JURY-PROFESSIONALS', { members }, subject);
  if (file === null || !holdsRule(rulebook, 'VAE-JURY')) return [professionals];
  const pathwayType = file.pathways.find((pathway) => pathway.status === 'open' && pathway.titleCode === titleCode)?.type ?? null;
  return [professionals, applyRule(rulebook, 'VAE-JURY', { pathwayType, presidentId: jury.presidentId, members }, subject)];
};

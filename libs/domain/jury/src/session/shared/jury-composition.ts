import { type AppliedRule, applyRule } from '@titrepro/domain-rulebook';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';

/**
 * JURY-PROFESSIONALS for one candidate (subject: the candidate), or for the jury alone before
 * anyone is convened (subject null, nobody's trainer). A member is a professional of the session's
 * title when habilitated for it, and the candidate's trainer when their assessor id is among the
 * file's trainers and assessors; `conflicted` are the members who declared a conflict of interest
 * with the candidate (recorded in the facts only when true, so earlier decisions read the same).
 */
export const juryComposition = (
  rulebook: Rulebook,
  members: readonly JuryMemberFacts[],
  titleCode: string,
  file: CandidateFileFacts | null,
  conflicted: readonly string[] = [],
): AppliedRule<'JURY-PROFESSIONALS'> =>
  applyRule(
    rulebook,
    'JURY-PROFESSIONALS',
    {
      // From April 2024 a VAE jury has rules of its own (D. 6412-6): the rule needs the pathway it decides for.
      ...(file === null ? {} : { pathwayType: file.pathways.find((pathway) => pathway.status === 'open' && pathway.titleCode === titleCode)?.type ?? null }),
      members: members.map((member) => ({
        personId: member.memberId,
        professional: member.titleCodes.includes(titleCode),
        trainerOfCandidate: file !== null && member.assessorId !== null && file.assessorIds.includes(member.assessorId),
        ...(conflicted.includes(member.memberId) ? { declaredConflict: true } : {}),
      })),
    },
    file?.candidateId ?? null,
  );

import type { Assessor, CcpAssessmentFacts } from '@titrepro/domain-rulebook';
import type { Title } from '@titrepro/domain-referential';
import type { PathwayEvaluation } from '../evaluation.state';
import type { AssessorFacts } from './assessor-facts';

/** An assessor as CCP-PAIR sees them: a person, a role, and a trainer's specialty. */
export const asRuleAssessor = (assessor: Pick<AssessorFacts, 'assessorId' | 'kind' | 'specialtyTitleCode'>): Assessor =>
  assessor.kind === 'trainer'
    ? // A trainer without a specialty cannot be one "de la spécialité": an empty code never matches a title.
      { personId: assessor.assessorId, role: 'trainer', specialtyTitleCode: assessor.specialtyTitleCode ?? '' }
    : { personId: assessor.assessorId, role: 'professional' };

/** The facts CCP-PAIR judges one CCP of a pathway on, from what the stream holds. */
export const ccpPairFacts = (
  pathway: PathwayEvaluation,
  title: Title,
  ccpCode: string,
  assessors: readonly Pick<AssessorFacts, 'assessorId' | 'kind' | 'specialtyTitleCode'>[],
): CcpAssessmentFacts => ({
  titleCode: title.code,
  titleCcpCodes: title.ccps.map((ccp) => ccp.code),
  ccpCode,
  assessors: assessors.map(asRuleAssessor),
  practicalAssessment: pathway.practicalAssessments.some(
    (assessment) => assessment.status === 'recorded' && assessment.target.kind === 'ccp' && assessment.target.ccpCode === ccpCode,
  ),
  dspp: pathway.dspp?.documents.some((document) => document.ccpCode === ccpCode) ?? false,
});

import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import { evaluateRule } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';
import { latestForCcp } from '../evaluation.state';
import { ccpPairFacts } from '../shared/ccp-pair-facts';
import { ccpPairItem, ccpPracticalAssessmentItem, dsppItem } from './evidence-item';
import type { Candidate, JudgedEvidence } from './judged-evidence';

/**
 * Discontinuous training: per CCP, its pair evaluation, the mise en situation it was made on, and
 * the DSPP's document. A recorded pair evaluation counts only if CCP-PAIR of the rulebook in force
 * still accepts it, so the file reads the same way an auditor re-running the rule would.
 */
export const discontinuousEvidence = (pathway: PathwayEvaluation, title: Title, rulebook: Rulebook): JudgedEvidence => {
  const candidates: Candidate[] = title.ccps.flatMap(({ code }) => {
    const facts = ccpPairFacts(pathway, title, code, latestForCcp(pathway.ccpPairAssessments, code)?.assessors ?? []);
    const pair = pathway.ccpPairAssessments.some((each) => each.ccpCode === code) && evaluateRule(rulebook, 'CCP-PAIR', facts).passed;
    return [
      { item: ccpPairItem(code), held: pair },
      { item: ccpPracticalAssessmentItem(code), held: facts.practicalAssessment },
      { item: dsppItem(code, rulebook.wording), held: facts.dspp },
    ];
  });
  return {
    ruleId: 'CCP-PAIR',
    present: candidates.filter((candidate) => candidate.held).map((candidate) => candidate.item),
    missing: candidates.filter((candidate) => !candidate.held).map((candidate) => candidate.item),
  };
};

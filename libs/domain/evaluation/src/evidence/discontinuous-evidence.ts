import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import { applyRule } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';
import { latestForCcp } from '../evaluation.state';
import { ccpPairFacts } from '../shared/ccp-pair-facts';
import { ccpPairItem, ccpPracticalAssessmentItem, dsppItem } from './evidence-item';
import type { Candidate, JudgedEvidence } from './judged-evidence';

/**
 * Discontinuous training: per CCP, its pair evaluation, the mise en situation it was made on, and
 * the DSPP's document. A recorded pair evaluation counts only if CCP-PAIR of the rulebook in force
 * still accepts it, so the file reads the same way an auditor re-running the rule would. CCP-PAIR
 * is applied to every CCP (its subject), on the latest pair's seats (none before any evaluation).
 */
export const discontinuousEvidence = (pathway: PathwayEvaluation, title: Title, rulebook: Rulebook): JudgedEvidence => {
  const judged = title.ccps.map(({ code }) => {
    const facts = ccpPairFacts(pathway, title, code, latestForCcp(pathway.ccpPairAssessments, code)?.assessors ?? []);
    const applied = applyRule(rulebook, 'CCP-PAIR', facts, code);
    const pair = pathway.ccpPairAssessments.some((each) => each.ccpCode === code) && applied.outcome.passed;
    const candidates: Candidate[] = [
      { item: ccpPairItem(code), held: pair },
      { item: ccpPracticalAssessmentItem(code), held: facts.practicalAssessment },
      { item: dsppItem(code, rulebook.wording), held: facts.dspp },
    ];
    return { candidates, application: applied.application };
  });
  const candidates = judged.flatMap((each) => each.candidates);
  return {
    ruleId: 'CCP-PAIR',
    present: candidates.filter((candidate) => candidate.held).map((candidate) => candidate.item),
    missing: candidates.filter((candidate) => !candidate.held).map((candidate) => candidate.item),
    applications: judged.map((each) => each.application),
  };
};

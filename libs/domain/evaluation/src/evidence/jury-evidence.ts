import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import { evaluateRule } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';
import { latestForCcp } from '../evaluation.state';
import { dsppItem, ecfItem, titleSynthesisItem } from './evidence-item';
import type { Candidate, JudgedEvidence } from './judged-evidence';

/** An item, and the problem key EVIDENCE-CONTINUOUS / EVIDENCE-VAE report when it is lacking. */
interface Piece extends Candidate {
  readonly problem: string;
}

/**
 * Continuous training (EVIDENCE-CONTINUOUS) and VAE (EVIDENCE-VAE): the rule in force says which
 * kinds of evidence are lacking; this lists them per CCP. The rule is asked with `juryInterview`
 * true because the interview is the jury's act, not evidence held here.
 */
export const juryEvidence = (pathway: PathwayEvaluation, title: Title, rulebook: Rulebook): JudgedEvidence => {
  const ruleId = pathway.type === 'vae' ? 'EVIDENCE-VAE' : 'EVIDENCE-CONTINUOUS';
  const ccpCodes = title.ccps.map((ccp) => ccp.code);
  const hasEcf = (ccpCode: string) => latestForCcp(pathway.trainingEvaluations, ccpCode) !== undefined;
  const dsppCcpCodes = pathway.dspp?.documents.map((document) => document.ccpCode) ?? [];
  const synthesis = pathway.practicalAssessments.some((assessment) => assessment.status === 'recorded' && assessment.target.kind === 'title-synthesis');

  const pieces: Piece[] = [
    // A VAE candidate has no ECF: none is expected of them.
    ...(ruleId === 'EVIDENCE-CONTINUOUS' ? ccpCodes.map((ccpCode) => ({ item: ecfItem(ccpCode), held: hasEcf(ccpCode), problem: 'ecf' })) : []),
    ...ccpCodes.map((ccpCode) => ({ item: dsppItem(ccpCode, rulebook.wording), held: dsppCcpCodes.includes(ccpCode), problem: `dspp:${ccpCode}` })),
    { item: titleSynthesisItem, held: synthesis, problem: 'practical-assessment' },
  ];
  const outcome = evaluateRule(rulebook, ruleId, {
    titleCcpCodes: ccpCodes,
    // Continuous training needs results for every CCP; for VAE any ECF at all is one too many.
    trainingEvaluations: ruleId === 'EVIDENCE-CONTINUOUS' ? ccpCodes.every(hasEcf) : pathway.trainingEvaluations.length > 0,
    dsppCcpCodes,
    practicalAssessment: synthesis,
    juryInterview: true,
  });
  const { problems } = outcome.details;
  const lacking = pieces.filter((piece) => !piece.held && problems.includes(piece.problem));
  // A problem no piece stands for (e.g. ECF in a VAE file) still keeps the file incomplete, in the rule's words.
  const unmapped = problems.filter((problem) => !pieces.some((piece) => piece.problem === problem));
  return {
    ruleId,
    present: pieces.filter((piece) => piece.held).map((piece) => piece.item),
    missing: [...lacking.map((piece) => piece.item), ...unmapped.map((problem) => ({ key: problem, ...outcome.explanation }))],
  };
};

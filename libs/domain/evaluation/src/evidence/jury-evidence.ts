import type { Title } from '@titrepro/domain-referential';
import type { JuryEvidenceFacts, Rulebook } from '@titrepro/domain-rulebook';
import { applyRule } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';
import { latestForCcp } from '../evaluation.state';
import { dsppItem, ecfItem, titleSynthesisItem } from './evidence-item';
import type { Candidate, JudgedEvidence } from './judged-evidence';

/** An item, and the problem key EVIDENCE-CONTINUOUS / EVIDENCE-VAE report when it is lacking. */
interface Piece extends Candidate {
  readonly problem: string;
}

/** The rule judging a pathway's file for the jury: EVIDENCE-VAE for VAE, EVIDENCE-CONTINUOUS otherwise. */
export const juryEvidenceRuleOf = (pathway: Pick<PathwayEvaluation, 'type'>): 'EVIDENCE-VAE' | 'EVIDENCE-CONTINUOUS' => (pathway.type === 'vae' ? 'EVIDENCE-VAE' : 'EVIDENCE-CONTINUOUS');

/**
 * The facts EVIDENCE-CONTINUOUS / EVIDENCE-VAE read on a pathway's file. `juryInterview` is true
 * because the interview is the jury's act, not evidence held here.
 */
export const juryEvidenceFacts = (pathway: PathwayEvaluation, title: Title): JuryEvidenceFacts => {
  const ccpCodes = title.ccps.map((ccp) => ccp.code);
  const hasEcf = (ccpCode: string) => latestForCcp(pathway.trainingEvaluations, ccpCode) !== undefined;
  return {
    titleCcpCodes: ccpCodes,
    // Continuous training needs results for every CCP; for VAE any ECF at all is one too many.
    trainingEvaluations: juryEvidenceRuleOf(pathway) === 'EVIDENCE-CONTINUOUS' ? ccpCodes.every(hasEcf) : pathway.trainingEvaluations.length > 0,
    dsppCcpCodes: pathway.dspp?.documents.map((document) => document.ccpCode) ?? [],
    practicalAssessment: pathway.practicalAssessments.some((assessment) => assessment.status === 'recorded' && assessment.target.kind === 'title-synthesis'),
    juryInterview: true,
  };
};

/**
 * Continuous training (EVIDENCE-CONTINUOUS) and VAE (EVIDENCE-VAE): the rule in force says which
 * kinds of evidence are lacking; this lists them per CCP.
 */
export const juryEvidence = (pathway: PathwayEvaluation, title: Title, rulebook: Rulebook): JudgedEvidence => {
  const ruleId = juryEvidenceRuleOf(pathway);
  const facts = juryEvidenceFacts(pathway, title);
  const hasEcf = (ccpCode: string) => latestForCcp(pathway.trainingEvaluations, ccpCode) !== undefined;

  const pieces: Piece[] = [
    // A VAE candidate has no ECF: none is expected of them.
    ...(ruleId === 'EVIDENCE-CONTINUOUS' ? facts.titleCcpCodes.map((ccpCode) => ({ item: ecfItem(ccpCode), held: hasEcf(ccpCode), problem: 'ecf' })) : []),
    ...facts.titleCcpCodes.map((ccpCode) => ({ item: dsppItem(ccpCode, rulebook.wording), held: facts.dsppCcpCodes.includes(ccpCode), problem: `dspp:${ccpCode}` })),
    { item: titleSynthesisItem, held: facts.practicalAssessment, problem: 'practical-assessment' },
  ];
  const applied = applyRule(rulebook, ruleId, facts);
  const { problems } = applied.outcome.details;
  const lacking = pieces.filter((piece) => !piece.held && problems.includes(piece.problem));
  // A problem no piece stands for (e.g. ECF in a VAE file) still keeps the file incomplete, in the rule's words.
  const unmapped = problems.filter((problem) => !pieces.some((piece) => piece.problem === problem));
  return {
    ruleId,
    present: pieces.filter((piece) => piece.held).map((piece) => piece.item),
    missing: [...lacking.map((piece) => piece.item), ...unmapped.map((problem) => ({ key: problem, ...applied.outcome.explanation }))],
    applications: [applied.application],
  };
};

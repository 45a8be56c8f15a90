import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { DSPP } from '../../wording';
import { dsppProblems, evidenceVerdict } from './jury-evidence';

/** EVIDENCE-CONTINUOUS naming the candidate's dossier as the regime does (DSPP, then dossier professionnel). */
export const createEvidenceContinuousRule = (dossier: Explanation): RuleDefinition<'EVIDENCE-CONTINUOUS'> => ({
  id: 'EVIDENCE-CONTINUOUS',
  statement: {
    fr: `Pour un candidat issu d'un parcours continu de formation, le jury décide sur : les résultats des évaluations en cours de formation, un ${dossier.fr} par activité type, l'épreuve de synthèse et un entretien avec le jury.`,
    en: `For a continuous-training candidate the jury decides on: the in-training evaluation results (ECF), a ${dossier.en} per activité type, the épreuve de synthèse and an interview with the jury.`,
  },
  evaluate: (facts) => {
    const problems = [
      ...(facts.trainingEvaluations ? [] : ['ecf']),
      ...dsppProblems(facts),
      ...(facts.practicalAssessment ? [] : ['practical-assessment']),
      ...(facts.juryInterview ? [] : ['jury-interview']),
    ];
    return evidenceVerdict(problems, { fr: 'parcours continu de formation', en: 'continuous training' }, dossier);
  },
});

export const evidenceContinuousRule = createEvidenceContinuousRule(DSPP);

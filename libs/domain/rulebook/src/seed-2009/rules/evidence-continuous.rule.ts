import type { RuleDefinition } from '../../rule';
import { dsppProblems, evidenceVerdict } from './jury-evidence';

export const evidenceContinuousRule: RuleDefinition<'EVIDENCE-CONTINUOUS'> = {
  id: 'EVIDENCE-CONTINUOUS',
  statement: {
    fr: "Pour un candidat issu d'un parcours continu de formation, le jury décide sur : les résultats des évaluations en cours de formation, un DSPP par activité type, l'épreuve de synthèse et un entretien avec le jury.",
    en: 'For a continuous-training candidate the jury decides on: the in-training evaluation results (ECF), a DSPP per activité type, the épreuve de synthèse and an interview with the jury.',
  },
  evaluate: (facts) => {
    const problems = [
      ...(facts.trainingEvaluations ? [] : ['ecf']),
      ...dsppProblems(facts),
      ...(facts.practicalAssessment ? [] : ['practical-assessment']),
      ...(facts.juryInterview ? [] : ['jury-interview']),
    ];
    return evidenceVerdict(problems, { fr: 'parcours continu de formation', en: 'continuous training' });
  },
};

import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { DSPP } from '../../wording';
import { dsppProblems, evidenceVerdict } from './jury-evidence';

/** EVIDENCE-VAE naming the candidate's dossier as the regime does (DSPP, then dossier professionnel). */
export const createEvidenceVaeRule = (dossier: Explanation): RuleDefinition<'EVIDENCE-VAE'> => ({
  id: 'EVIDENCE-VAE',
  statement: {
    fr: `Pour un candidat à la VAE, le jury décide sur : un ${dossier.fr} par activité type, une mise en situation professionnelle et un entretien avec le jury. Pas d'ECF.`,
    en: `For a VAE candidate the jury decides on: a ${dossier.en} per activité type, a practical assessment and an interview with the jury. No ECF.`,
  },
  evaluate: (facts) => {
    const problems = [
      ...(facts.trainingEvaluations ? ['ecf-not-admissible'] : []),
      ...dsppProblems(facts),
      ...(facts.practicalAssessment ? [] : ['practical-assessment']),
      ...(facts.juryInterview ? [] : ['jury-interview']),
    ];
    return evidenceVerdict(problems, { fr: 'VAE', en: 'VAE' }, dossier);
  },
});

export const evidenceVaeRule = createEvidenceVaeRule(DSPP);

import type { JuryEvidenceDetails, JuryEvidenceFacts } from '../../facts/evidence.facts';
import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleVerdict } from '../../rule';
import { fails, passes } from '../../rule';

const LABELS: Record<string, { fr: string; en: string }> = {
  ecf: { fr: 'résultats des évaluations en cours de formation (ECF)', en: 'in-training evaluation results (ECF)' },
  'ecf-not-admissible': { fr: "résultats d'ECF, qui ne font pas partie du dossier d'un candidat VAE", en: "ECF results, which are not part of a VAE candidate's evidence" },
  'practical-assessment': { fr: 'mise en situation professionnelle (épreuve de synthèse)', en: 'practical assessment (épreuve de synthèse)' },
  'jury-interview': { fr: 'entretien avec le jury', en: 'interview with the jury' },
};

const label = (problem: string, dossier: Explanation): { fr: string; en: string } => {
  if (problem.startsWith('dspp:')) {
    const ccp = problem.slice('dspp:'.length);
    return { fr: `${dossier.fr} pour l'activité type ${ccp}`, en: `${dossier.en} for activité type ${ccp}` };
  }
  return LABELS[problem] ?? { fr: problem, en: problem };
};

/** The DSPP (from 2016 the dossier professionnel; its key stays `dspp:`) must describe practice for every activité type of the title. */
export const dsppProblems = (facts: JuryEvidenceFacts): string[] =>
  facts.titleCcpCodes.filter((ccp) => !facts.dsppCcpCodes.includes(ccp)).map((ccp) => `dspp:${ccp}`);

export const evidenceVerdict = (problems: readonly string[], pathway: { fr: string; en: string }, dossier: Explanation): RuleVerdict<JuryEvidenceDetails> => {
  const details = { problems };
  if (problems.length === 0) {
    return passes(`Dossier complet pour un candidat en ${pathway.fr}.`, `Complete evidence for a ${pathway.en} candidate.`, details);
  }
  const labels = problems.map((problem) => label(problem, dossier));
  return fails(
    `Le jury ne peut pas décider pour un candidat en ${pathway.fr} : ${labels.map((item) => item.fr).join(' ; ')}.`,
    `The jury cannot decide for a ${pathway.en} candidate: ${labels.map((item) => item.en).join('; ')}.`,
    details,
  );
};

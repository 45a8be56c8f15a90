import type { RuleDefinition } from '../../rule';
import { fails } from '../../rule';
import { juryProfessionalsRule } from '../../seed-2009/rules/jury-professionals.rule';

/** D. 6412-6 code du travail (décret 2024-332): a VAE jury sits at least two people. */
export const VAE_JURY_MINIMUM_MEMBERS = 2;

/**
 * From 13 April 2024, for VAE candidates (décret 2024-332, pathways begun from that day): at least
 * two members, a president designated among them, none linked to the candidate (trainers included);
 * the title's own rule (professionals, not the candidate's trainers) still holds for everyone.
 * The president is checked when the deciding service records one (see the README: the jury
 * service does not yet).
 */
export const juryProfessionalsVae2024Rule: RuleDefinition<'JURY-PROFESSIONALS'> = {
  id: 'JURY-PROFESSIONALS',
  statement: {
    fr: `Le jury est composé de professionnels qui n'ont pas formé le candidat ; pour un candidat à la VAE, il réunit au moins ${VAE_JURY_MINIMUM_MEMBERS} membres dont un président, sans lien avec le candidat.`,
    en: `The jury is made of professionals who did not train the candidate; for a VAE candidate it sits at least ${VAE_JURY_MINIMUM_MEMBERS} members including a president, none linked to the candidate.`,
  },
  evaluate: (facts) => {
    const verdict = juryProfessionalsRule.evaluate(facts);
    if (!verdict.passed || facts.pathwayType !== 'vae') return verdict;
    if (facts.members.length < VAE_JURY_MINIMUM_MEMBERS) {
      return fails(
        `Jury VAE de ${facts.members.length} membre(s) : il en faut au moins ${VAE_JURY_MINIMUM_MEMBERS} (D. 6412-6 du code du travail).`,
        `VAE jury of ${facts.members.length} member(s): at least ${VAE_JURY_MINIMUM_MEMBERS} are needed (D. 6412-6 code du travail).`,
      );
    }
    if (facts.presidentId !== undefined && (facts.presidentId === null || !facts.members.some((member) => member.personId === facts.presidentId))) {
      return fails('Jury VAE sans président désigné parmi ses membres.', 'VAE jury without a president designated among its members.');
    }
    return {
      ...verdict,
      explanation: {
        fr: `${verdict.explanation.fr} Jury VAE d'au moins ${VAE_JURY_MINIMUM_MEMBERS} membres, sans lien avec le candidat.`,
        en: `${verdict.explanation.en} VAE jury of at least ${VAE_JURY_MINIMUM_MEMBERS} members, none linked to the candidate.`,
      },
    };
  },
};

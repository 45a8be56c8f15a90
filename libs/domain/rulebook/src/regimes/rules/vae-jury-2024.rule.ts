import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

/** D. 6412-6 code du travail (décret 2024-332): a VAE jury sits at least two people. */
export const VAE_JURY_MINIMUM_MEMBERS = 2;

/**
 * From 13 April 2024 (décret 2024-332, D. 6412-6 code du travail): the jury of a VAE candidate sits
 * at least two members, one of them designated president, none with a professional or personal link
 * with the candidate: not their trainer or the one who accompanied them, not a member who declared
 * a conflict of interest with them. JURY-PROFESSIONALS (professionals of the title) still holds.
 */
export const vaeJury2024Rule: RuleDefinition<'VAE-JURY'> = {
  id: 'VAE-JURY',
  statement: {
    fr: `Le jury d'un candidat à la VAE réunit au moins ${VAE_JURY_MINIMUM_MEMBERS} membres, dont un président désigné parmi eux, aucun n'ayant de lien avec le candidat (art. D. 6412-6 du code du travail).`,
    en: `The jury of a VAE candidate sits at least ${VAE_JURY_MINIMUM_MEMBERS} members, one of them designated president, none linked to the candidate (art. D. 6412-6 code du travail).`,
  },
  evaluate: ({ pathwayType, presidentId, members }) => {
    if (pathwayType !== 'vae') return passes("Sans objet : le candidat n'est pas en VAE.", 'Not applicable: the candidate is not on a VAE pathway.');
    if (members.length < VAE_JURY_MINIMUM_MEMBERS) {
      return fails(
        `Jury VAE de ${members.length} membre(s) : il en faut au moins ${VAE_JURY_MINIMUM_MEMBERS} (art. D. 6412-6 du code du travail).`,
        `VAE jury of ${members.length} member(s): at least ${VAE_JURY_MINIMUM_MEMBERS} are needed (art. D. 6412-6 code du travail).`,
      );
    }
    if (presidentId === null || !members.some((member) => member.personId === presidentId)) {
      return fails(
        presidentId === null ? 'Jury VAE sans président désigné.' : `Le président désigné (${presidentId}) ne siège pas au jury VAE.`,
        presidentId === null ? 'VAE jury without a designated president.' : `The designated president (${presidentId}) does not sit on the VAE jury.`,
      );
    }
    const linked = members.filter((member) => member.trainerOfCandidate || member.declaredConflict === true).map((member) => member.personId);
    if (linked.length > 0) {
      return fails(`Membre(s) du jury VAE ayant un lien avec le candidat : ${linked.join(', ')}.`, `VAE jury member(s) linked to the candidate: ${linked.join(', ')}.`);
    }
    return passes(
      `Jury VAE de ${members.length} membres présidé par ${presidentId}, aucun n'ayant de lien avec le candidat.`,
      `VAE jury of ${members.length} members chaired by ${presidentId}, none linked to the candidate.`,
    );
  },
};

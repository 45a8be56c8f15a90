import { PATHWAY_TYPE_LABELS } from '../../pathway-type';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const pathwayRule: RuleDefinition<'PATHWAY'> = {
  id: 'PATHWAY',
  statement: {
    fr: 'Un candidat suit un seul parcours par titre : parcours continu de formation, VAE ou parcours discontinu de formation.',
    en: 'A candidate follows one pathway per title: continuous training, VAE or discontinuous training.',
  },
  evaluate: ({ titleCode, requestedType, openPathways }) => {
    const open = openPathways.find((pathway) => pathway.titleCode === titleCode);
    const requested = PATHWAY_TYPE_LABELS[requestedType];
    if (open) {
      const current = PATHWAY_TYPE_LABELS[open.type];
      return fails(
        `Le candidat suit déjà un ${current.fr} (${open.pathwayId}) pour le titre ${titleCode} : un seul parcours par titre à la fois.`,
        `The candidate already follows a ${current.en} (${open.pathwayId}) for title ${titleCode}: one pathway per title at a time.`,
      );
    }
    return passes(
      `Aucun autre parcours ouvert pour le titre ${titleCode} : le ${requested.fr} peut être ouvert.`,
      `No other open pathway for title ${titleCode}: the ${requested.en} may be opened.`,
    );
  },
};

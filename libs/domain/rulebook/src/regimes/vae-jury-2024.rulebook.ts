import type { Rulebook } from '../rulebook';
import { vaeJury2024Rule } from './rules/vae-jury-2024.rule';
import { VAE_2024 } from './vae-2024.rulebook';

/** The VAE jury: décret 2024-332, code du travail art. D. 6412-6, for pathways begun from 13 April 2024. */
export const VAE_JURY_2024: Rulebook = {
  ...VAE_2024,
  id: 'vae-jury-2024',
  description: { fr: 'Jury de VAE (décret 2024-332).', en: 'VAE jury (décret 2024-332).' },
  validFrom: '2024-04-13',
  validTo: null,
  sources: [...VAE_2024.sources, 'Décret n° 2024-332 du 10 avril 2024 relatif au jury et au congé de validation des acquis de l’expérience (JORF du 12 avril 2024) ; code du travail art. D. 6412-6'],
  changes: [
    {
      fr: 'VAE-JURY (nouvelle règle) : le jury d’un candidat à la VAE réunit au moins deux membres dont un président, sans lien avec le candidat.',
      en: 'VAE-JURY (new rule): a VAE candidate’s jury sits at least two members including a president, none linked to the candidate.',
    },
  ],
  rules: { ...VAE_2024.rules, 'VAE-JURY': vaeJury2024Rule },
};

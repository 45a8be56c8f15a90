import type { Rulebook } from '../rulebook';
import { TP_2022 } from './tp-2022.rulebook';
import { vaeAdmissibility2024Rule } from './rules/vae-admissibility-2024.rule';
import { vaeExperience2024Rule } from './rules/vae-experience-2024.rule';

/** The VAE reform: loi 2022-1598 art. 10 and décret 2023-1275, for pathways begun from 1 January 2024. */
export const VAE_2024: Rulebook = {
  ...TP_2022,
  id: 'vae-2024',
  description: { fr: 'Réforme de la VAE (loi 2022-1598, décret 2023-1275).', en: 'VAE reform (loi 2022-1598, décret 2023-1275).' },
  validFrom: '2024-01-01',
  validTo: '2024-04-12',
  sources: [
    ...TP_2022.sources,
    'Loi n° 2022-1598 du 21 décembre 2022 portant mesures d’urgence relatives au fonctionnement du marché du travail en vue du plein emploi, art. 10 (code du travail art. L. 6411-1 ; code de l’éducation art. L. 335-5)',
    'Décret n° 2023-1275 du 27 décembre 2023 relatif à la validation des acquis de l’expérience (JORF du 28 décembre 2023), parcours initiés à compter du 1er janvier 2024 ; code du travail art. R. 6412-1 et suivants',
  ],
  changes: [
    { fr: "VAE-EXPERIENCE : plus de durée minimale ; toute expérience en rapport direct avec le titre.", en: 'VAE-EXPERIENCE: no minimum duration; any experience in direct relation with the title.' },
    {
      fr: 'VAE-ADMISSIBILITY : deux mois de silence après le dossier complet valent recevabilité (au lieu d’un rejet) ; la recevabilité vaut toujours trois ans.',
      en: 'VAE-ADMISSIBILITY: two months of silence after the complete dossier are worth admissibility (instead of a rejection); admissibility still holds three years.',
    },
  ],
  rules: { ...TP_2022.rules, 'VAE-EXPERIENCE': vaeExperience2024Rule, 'VAE-ADMISSIBILITY': vaeAdmissibility2024Rule },
};

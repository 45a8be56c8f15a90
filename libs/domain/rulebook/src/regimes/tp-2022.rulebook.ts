import type { Rulebook } from '../rulebook';
import { DREETS_2021 } from './dreets-2021.rulebook';
import { vaeAdmissibility2022Rule } from './rules/vae-admissibility-validity.rule';

/** The arrêté of 28 March 2022 (JORF of 2 April 2022, in force the next day): a titre professionnel's admissibility holds three years. */
export const TP_2022: Rulebook = {
  ...DREETS_2021,
  id: 'tp-2022',
  description: { fr: 'Recevabilité VAE au titre professionnel valable trois ans (arrêté du 28 mars 2022).', en: 'VAE admissibility to a titre professionnel valid three years (arrêté of 28 March 2022).' },
  validFrom: '2022-04-03',
  validTo: '2023-12-31',
  sources: [...DREETS_2021.sources, 'Arrêté du 28 mars 2022 (JORF du 2 avril 2022), art. 2 : recevabilité de la demande de VAE au titre professionnel, valable trois ans à compter de sa notification'],
  changes: [
    {
      fr: 'VAE-ADMISSIBILITY : la recevabilité notifiée vaut trois ans au lieu d’un an ; le silence vaut toujours rejet.',
      en: 'VAE-ADMISSIBILITY: a notified admissibility holds three years instead of one; silence is still worth rejection.',
    },
  ],
  rules: { ...DREETS_2021.rules, 'VAE-ADMISSIBILITY': vaeAdmissibility2022Rule },
};

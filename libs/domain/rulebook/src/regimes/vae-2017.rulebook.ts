import type { Rulebook } from '../rulebook';
import { vaeExperience2017Rule } from './rules/vae-experience-2017.rule';
import { TP_2016 } from './tp-2016.rulebook';

/** VAE with one year of experience: loi 2016-1088 art. 78 and décret 2017-1135, in force on 1 October 2017. */
export const VAE_2017: Rulebook = {
  ...TP_2016,
  id: 'vae-2017',
  description: { fr: "VAE à partir d'un an d'expérience (décret 2017-1135, 1er octobre 2017).", en: 'VAE from one year of experience (décret 2017-1135, 1 October 2017).' },
  validFrom: '2017-10-01',
  validTo: '2019-01-09',
  sources: [
    ...TP_2016.sources,
    "Loi n° 2016-1088 du 8 août 2016, art. 78 (code de l'éducation art. L. 335-5 : durée minimale d'activité d'un an)",
    "Décret n° 2017-1135 du 4 juillet 2017 relatif à la mise en œuvre de la validation des acquis de l'expérience (JORF du 6 juillet 2017), entrée en vigueur le 1er octobre 2017 ; code de l'éducation art. R. 335-6",
  ],
  changes: [
    {
      fr: "VAE-EXPERIENCE : un an d'activité au lieu de trois ; l'activité non salariée compte, et la formation en milieu professionnel si elle est plus courte que l'activité hors formation.",
      en: 'VAE-EXPERIENCE: one year of activity instead of three; self-employed activity counts, and training in a workplace when shorter than the activity outside training.',
    },
  ],
  rules: { ...TP_2016.rules, 'VAE-EXPERIENCE': vaeExperience2017Rule },
};

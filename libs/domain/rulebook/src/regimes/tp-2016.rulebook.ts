import type { Rulebook } from '../rulebook';
import { SEED_2009 } from '../seed-2009/seed-2009.rulebook';
import { createEvidenceContinuousRule } from '../seed-2009/rules/evidence-continuous.rule';
import { createEvidenceVaeRule } from '../seed-2009/rules/evidence-vae.rule';
import { DOSSIER_PROFESSIONNEL } from '../wording';
import { capitalisationWindow2016Rule, titleByCapitalisation2016Rule } from './rules/capitalisation-2016.rule';
import { ccpTransition2016Rule } from './rules/ccp-transition-2016.rule';
import { vaeAdmissibility2016Rule } from './rules/vae-admissibility-validity.rule';

/** The reform of the titre professionnel: arrêté of 22 December 2015, in force on 1 June 2016. */
export const TP_2016: Rulebook = {
  id: 'tp-2016',
  description: {
    fr: "Titre professionnel selon l'arrêté du 22 décembre 2015 (en vigueur le 1er juin 2016) et le décret 2016-954.",
    en: 'Titre professionnel under the arrêté of 22 December 2015 (in force on 1 June 2016) and décret 2016-954.',
  },
  validFrom: '2016-06-01',
  validTo: '2017-09-30',
  sources: [
    "Arrêté du 22 décembre 2015 relatif aux conditions de délivrance du titre professionnel du ministre chargé de l'emploi (annule et remplace l'arrêté du 9 mars 2006 à compter du 1er juin 2016)",
    "Décret n° 2016-954 du 11 juillet 2016 relatif au titre professionnel délivré par le ministre chargé de l'emploi (JORF du 13 juillet 2016), code de l'éducation art. R. 338-1 et suivants",
    "Arrêté du 21 juillet 2016 (JORF du 28 juillet 2016), agrément des centres, art. 1 et 2",
  ],
  changes: [
    {
      fr: 'Les CCP restent acquis tant que le titre existe, au lieu de cinq ans à partir du premier CCP ; les CCP antérieurs suivent la règle de transition CCP-TRANSITION-2016.',
      en: 'CCPs stay acquired as long as the title exists, instead of five years from the first CCP; earlier CCPs follow the transition rule CCP-TRANSITION-2016.',
    },
    { fr: 'Le « dossier professionnel » (DP) remplace le DSPP.', en: 'The "dossier professionnel" (DP) replaces the DSPP.' },
    { fr: 'VAE-ADMISSIBILITY : la recevabilité notifiée vaut un an à compter de sa notification.', en: 'VAE-ADMISSIBILITY: a notified admissibility holds one year from its notification.' },
  ],
  wording: { ...SEED_2009.wording, practiceDossier: DOSSIER_PROFESSIONNEL },
  rules: {
    ...SEED_2009.rules,
    'EVIDENCE-CONTINUOUS': createEvidenceContinuousRule(DOSSIER_PROFESSIONNEL),
    'EVIDENCE-VAE': createEvidenceVaeRule(DOSSIER_PROFESSIONNEL),
    'VAE-ADMISSIBILITY': vaeAdmissibility2016Rule,
    'CAPITALISATION-WINDOW': capitalisationWindow2016Rule,
    'TITLE-BY-CAPITALISATION': titleByCapitalisation2016Rule,
    'CCP-TRANSITION-2016': ccpTransition2016Rule,
  },
};

import type { Rulebook } from '../rulebook';
import { DIRECCTE, DSPP } from '../wording';
import { bookletRule } from './rules/booklet.rule';
import { capitalisationWindowRule } from './rules/capitalisation-window.rule';
import { ccpPairRule } from './rules/ccp-pair.rule';
import { ccpTransitionNotYet } from './rules/ccp-transition.rule';
import { ccsRequiresTitleRule } from './rules/ccs-requires-title.rule';
import { evidenceDatedRule } from './rules/evidence-dated.rule';
import { evidenceContinuousRule } from './rules/evidence-continuous.rule';
import { evidenceVaeRule } from './rules/evidence-vae.rule';
import { issuerRule } from './rules/issuer.rule';
import { juryOutcomeRule } from './rules/jury-outcome.rule';
import { juryProfessionalsRule } from './rules/jury-professionals.rule';
import { parchmentRule } from './rules/parchment.rule';
import { pathwayRule } from './rules/pathway.rule';
import { titleByCapitalisationRule } from './rules/title-by-capitalisation.rule';
import { vaeAdmissibilityRule } from './rules/vae-admissibility.rule';
import { vaeJuryNotYet } from './rules/vae-jury.rule';
import { createVaeExperienceRule } from '../shared-rules/vae-experience.rule';

/** Seed: "une expérience professionnelle de trois ans". */
export const SEED_2009_VAE_MINIMUM_MONTHS = 36;

/**
 * The regime the seed describes: the arrêtés of 2006 and 2008 as amended in March 2009. It governs
 * decisions from the day after the last amendment's publication (JO of 19 March 2009) to the day
 * before the arrêté of 22 December 2015 replaced the arrêté of 9 March 2006 (1 June 2016).
 */
export const SEED_2009: Rulebook = {
  id: 'seed-2009',
  description: {
    fr: 'Règles du titre professionnel selon les arrêtés du 9 mars 2006 et du 8 décembre 2008, modifiés en mars 2009.',
    en: 'Titre professionnel rules under the orders of 9 March 2006 and 8 December 2008, as amended in March 2009.',
  },
  validFrom: '2009-03-20',
  validTo: '2016-05-31',
  sources: [
    'Code de l’éducation, articles L. 335-5, L. 335-6, R. 335-13 et R. 338-2',
    'Arrêté du 09 mars 2006 (JO du 08 avril 2006) et arrêté modificatif du 06 mars 2009 (JO du 14 mars 2009)',
    'Arrêté du 08 décembre 2008 (JO du 16 décembre 2008) et arrêté modificatif du 10 mars 2009 (JO du 19 mars 2009)',
  ],
  changes: [],
  wording: { ...DIRECCTE, practiceDossier: DSPP, levelNomenclature: '1969' },
  rules: {
    PATHWAY: pathwayRule,
    'VAE-EXPERIENCE': createVaeExperienceRule(SEED_2009_VAE_MINIMUM_MONTHS),
    'VAE-ADMISSIBILITY': vaeAdmissibilityRule,
    'EVIDENCE-CONTINUOUS': evidenceContinuousRule,
    'EVIDENCE-VAE': evidenceVaeRule,
    'EVIDENCE-DATED': evidenceDatedRule,
    'JURY-PROFESSIONALS': juryProfessionalsRule,
    'JURY-OUTCOME': juryOutcomeRule,
    'CCP-PAIR': ccpPairRule,
    'CAPITALISATION-WINDOW': capitalisationWindowRule,
    'TITLE-BY-CAPITALISATION': titleByCapitalisationRule,
    'CCS-REQUIRES-TITLE': ccsRequiresTitleRule,
    PARCHMENT: parchmentRule,
    BOOKLET: bookletRule,
    ISSUER: issuerRule,
    'CCP-TRANSITION-2016': ccpTransitionNotYet,
    'VAE-JURY': vaeJuryNotYet,
  },
};

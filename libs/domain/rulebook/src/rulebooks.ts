import { CNC_2019 } from './regimes/cnc-2019.rulebook';
import { DREETS_2021 } from './regimes/dreets-2021.rulebook';
import { TP_2016 } from './regimes/tp-2016.rulebook';
import { TP_2022 } from './regimes/tp-2022.rulebook';
import { VAE_2017 } from './regimes/vae-2017.rulebook';
import { VAE_2024 } from './regimes/vae-2024.rulebook';
import { VAE_JURY_2024 } from './regimes/vae-jury-2024.rulebook';
import { createRulebookCatalogue } from './rulebook-catalogue';
import { SEED_2009 } from './seed-2009/seed-2009.rulebook';

/** Every regime shipped. A new regulation is one more rulebook here (and the previous one closed). */
export const rulebooks = createRulebookCatalogue([SEED_2009, TP_2016, VAE_2017, CNC_2019, DREETS_2021, TP_2022, VAE_2024, VAE_JURY_2024]);

export const rulebookInForceAt = rulebooks.rulebookInForceAt;
export const findRulebook = rulebooks.findRulebook;

/**
 * The seed's regime alone, open-ended: for specs that state the seed's rules on any date (their
 * dates were written when the seed was the only regime). Never a deployment's catalogue.
 */
export const seedRulebookOnly = createRulebookCatalogue([{ ...SEED_2009, validTo: null }]);

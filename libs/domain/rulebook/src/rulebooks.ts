import { createRulebookCatalogue } from './rulebook-catalogue';
import { SEED_2009 } from './seed-2009/seed-2009.rulebook';

/** Every regime shipped. A new regulation is one more rulebook here (and the previous one closed). */
export const rulebooks = createRulebookCatalogue([SEED_2009]);

export const rulebookInForceAt = rulebooks.rulebookInForceAt;
export const findRulebook = rulebooks.findRulebook;
export const listRulebooks = rulebooks.listRulebooks;

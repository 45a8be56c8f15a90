import type { Explanation } from '@titrepro/domain-kernel';

/**
 * The words a regime uses for the same things: documents and API labels read them from the
 * rulebook in force on their date, while codes (CCP1, `dspp:CCP1`, TP-00495, rule ids) never change.
 */
export interface RulebookWording {
  /** The authority that decides VAE admissibility and delivers parchemins and livrets. */
  readonly authority: Explanation;
  /** Its short name, as a document header or an API label prints it. */
  readonly authorityShort: string;
  /** The candidate's written account of practice, per activité type (`dspp:<CCP>` keys stay). */
  readonly practiceDossier: Explanation;
  /** How qualification levels are named: the 1969 nomenclature (`niveau III`) or the national framework of 2019 (`niveau 5`). */
  readonly levelNomenclature: '1969' | 'cnc-2019';
}

/** Décret n° 2019-14, art. 1: the 1969 levels and the levels of the cadre national des certifications professionnelles. */
const NATIONAL_OF_1969: Readonly<Record<string, string>> = { V: '3', IV: '4', III: '5', II: '6', I: '7' };
const LEVEL_1969_OF_NATIONAL: Readonly<Record<string, string>> = { '3': 'V', '4': 'IV', '5': 'III', '6': 'II', '7': 'I' };

/**
 * A title's level as the regime names it, whatever nomenclature the référentiel states it in:
 * `III` reads "niveau III" before 10 January 2019 and "niveau 5" after; a level with no
 * counterpart is printed as stated.
 */
export const levelLabel = (wording: RulebookWording, level: string): { fr: string; en: string } => {
  const shown = wording.levelNomenclature === 'cnc-2019' ? (NATIONAL_OF_1969[level] ?? level) : (LEVEL_1969_OF_NATIONAL[level] ?? level);
  return { fr: `niveau ${shown}`, en: `level ${shown}` };
};

/** The dossier for one activité type, e.g. "DSPP pour l'activité type CCP1". */
export const practiceDossierFor = (wording: RulebookWording, ccpCode: string): { fr: string; en: string } => ({
  fr: `${wording.practiceDossier.fr} pour l'activité type ${ccpCode}`,
  en: `${wording.practiceDossier.en} for activité type ${ccpCode}`,
});

export const DIRECCTE: Pick<RulebookWording, 'authority' | 'authorityShort'> = {
  authority: { fr: 'Unité territoriale de la DIRECCTE', en: 'regional office (Unité territoriale of the DIRECCTE)' },
  authorityShort: 'DIRECCTE',
};

export const DREETS: Pick<RulebookWording, 'authority' | 'authorityShort'> = {
  authority: {
    fr: "Direction régionale de l'économie, de l'emploi, du travail et des solidarités (DREETS)",
    en: 'regional office (DREETS, direction régionale de l’économie, de l’emploi, du travail et des solidarités)',
  },
  authorityShort: 'DREETS',
};

export const DSPP: Explanation = { fr: 'DSPP', en: 'DSPP' };
export const DOSSIER_PROFESSIONNEL: Explanation = { fr: 'dossier professionnel (DP)', en: 'dossier professionnel (DP)' };

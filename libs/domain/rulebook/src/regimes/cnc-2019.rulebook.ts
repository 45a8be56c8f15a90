import type { Rulebook } from '../rulebook';
import { VAE_2017 } from './vae-2017.rulebook';

/** The cadre national des certifications professionnelles: level III becomes level 5 (décret 2019-14, in force on 10 January 2019). */
export const CNC_2019: Rulebook = {
  ...VAE_2017,
  id: 'cnc-2019',
  description: { fr: 'Cadre national des certifications professionnelles (décret 2019-14).', en: 'National qualifications framework (décret 2019-14).' },
  validFrom: '2019-01-10',
  validTo: '2021-03-31',
  sources: [
    ...VAE_2017.sources,
    'Décret n° 2019-14 du 8 janvier 2019 relatif au cadre national des certifications professionnelles (JORF du 9 janvier 2019), art. 1 ; code du travail art. D. 6113-18 à D. 6113-20',
  ],
  changes: [{ fr: 'Les niveaux se nomment selon le cadre national : le niveau III devient le niveau 5.', en: 'Levels are named after the national framework: level III becomes level 5.' }],
  wording: { ...VAE_2017.wording, levelNomenclature: 'cnc-2019' },
};

import type { Rulebook } from '../rulebook';
import { DREETS } from '../wording';
import { CNC_2019 } from './cnc-2019.rulebook';
import { createIssuerRule } from './rules/issuer.rule';

/** The DIRECCTE becomes the DREETS on 1 April 2021 (décret 2020-1545). */
export const DREETS_2021: Rulebook = {
  ...CNC_2019,
  id: 'dreets-2021',
  description: { fr: 'La DREETS remplace la DIRECCTE (décret 2020-1545).', en: 'The DREETS replaces the DIRECCTE (décret 2020-1545).' },
  validFrom: '2021-04-01',
  validTo: '2022-04-02',
  sources: [
    ...CNC_2019.sources,
    'Décret n° 2020-1545 du 9 décembre 2020 relatif à l’organisation et aux missions des DREETS, DDETS et DDETS-PP (JORF du 10 décembre 2020), entrée en vigueur le 1er avril 2021, art. 28',
  ],
  changes: [{ fr: "L'autorité qui décide et délivre est la DREETS, au lieu de la DIRECCTE.", en: 'The deciding and issuing authority is the DREETS instead of the DIRECCTE.' }],
  wording: { ...CNC_2019.wording, ...DREETS },
  rules: { ...CNC_2019.rules, ISSUER: createIssuerRule(DREETS) },
};

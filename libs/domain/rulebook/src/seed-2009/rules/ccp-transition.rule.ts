import type { RuleDefinition } from '../../rule';
import { passes } from '../../rule';

/** The seed has no 2016 transition: its CCPs are judged by its own five-year window. */
export const ccpTransitionNotYet: RuleDefinition<'CCP-TRANSITION-2016'> = {
  id: 'CCP-TRANSITION-2016',
  statement: {
    fr: 'Sans objet avant la réforme du 1er juin 2016 : les CCP suivent le délai de cinq ans (CAPITALISATION-WINDOW).',
    en: 'Not applicable before the reform of 1 June 2016: CCPs follow the five-year window (CAPITALISATION-WINDOW).',
  },
  notInForce: true,
  evaluate: ({ ccpsObtained }) =>
    passes('Sans objet sous ce régime.', 'Not applicable under this regime.', { carriedOver: ccpsObtained.map((ccp) => ccp.ccpCode), lapsed: [] }),
};

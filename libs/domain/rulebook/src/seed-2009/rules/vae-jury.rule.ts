import type { RuleDefinition } from '../../rule';
import { passes } from '../../rule';

/** Before décret 2024-332, a VAE candidate's jury is the title's jury (JURY-PROFESSIONALS): no rule of its own. */
export const vaeJuryNotYet: RuleDefinition<'VAE-JURY'> = {
  id: 'VAE-JURY',
  statement: {
    fr: 'Sans objet avant le 13 avril 2024 : le jury d’un candidat à la VAE est celui du titre (JURY-PROFESSIONALS).',
    en: 'Not applicable before 13 April 2024: a VAE candidate’s jury is the title’s jury (JURY-PROFESSIONALS).',
  },
  notInForce: true,
  evaluate: () => passes('Sans objet sous ce régime.', 'Not applicable under this regime.'),
};

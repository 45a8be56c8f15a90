import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

const WHAT = { title: { fr: 'le titre', en: 'the title' }, ccs: { fr: 'le CCS', en: 'the CCS' }, ccp: { fr: 'un CCP', en: 'a CCP' } } as const;

export const parchmentRule: RuleDefinition<'PARCHMENT'> = {
  id: 'PARCHMENT',
  statement: {
    fr: "Un parchemin est attribué pour le titre complet ou pour un CCS, jamais pour un CCP seul.",
    en: 'A parchemin is issued for the full title or for a CCS, never for a CCP alone.',
  },
  evaluate: ({ certifies, awardedOn, on }) => {
    if (certifies === 'ccp') {
      return fails(
        "Pas de parchemin pour un CCP seul : les CCP sont inscrits au livret de certification.",
        'No parchemin for a CCP alone: CCPs are recorded in the livret de certification.',
      );
    }
    const what = WHAT[certifies];
    if (awardedOn === null || isAfter(awardedOn, on)) {
      return fails(`Pas de parchemin : ${what.fr} n'est pas attribué au ${on}.`, `No parchemin: ${what.en} is not awarded on ${on}.`);
    }
    return passes(`Parchemin pour ${what.fr}, attribué le ${awardedOn}.`, `Parchemin for ${what.en}, awarded on ${awardedOn}.`);
  },
};

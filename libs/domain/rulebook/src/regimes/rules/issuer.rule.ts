import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import type { RulebookWording } from '../../wording';

const DOCUMENT = { parchment: { fr: 'Le parchemin', en: 'The parchemin' }, booklet: { fr: 'Le livret de certification', en: 'The livret de certification' } } as const;

/** ISSUER as the seed states it, naming the authority of the regime (from 1 April 2021 the DREETS). */
export const createIssuerRule = ({ authority }: Pick<RulebookWording, 'authority'>): RuleDefinition<'ISSUER'> => ({
  id: 'ISSUER',
  statement: {
    fr: `Le parchemin et le livret sont délivrés par l'autorité régionale : ${authority.fr}.`,
    en: `The parchemin and the livret are delivered by the regional authority: ${authority.en}.`,
  },
  evaluate: ({ document, issuer }) => {
    const what = DOCUMENT[document];
    if (issuer.kind !== 'regional-office') {
      return fails(`${what.fr} est délivré par : ${authority.fr}, pas par : ${issuer.kind}.`, `${what.en} is delivered by the ${authority.en}, not by: ${issuer.kind}.`);
    }
    if (issuer.region.trim() === '') {
      return fails(`${what.fr} doit nommer la région qui le délivre.`, `${what.en} must name the region delivering it.`);
    }
    return passes(`${what.fr} est délivré par : ${authority.fr}, région ${issuer.region}.`, `${what.en} is delivered by the ${authority.en} of region ${issuer.region}.`);
  },
});

import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

const DOCUMENT = { parchment: { fr: 'Le parchemin', en: 'The parchemin' }, booklet: { fr: 'Le livret de certification', en: 'The livret de certification' } } as const;

export const issuerRule: RuleDefinition<'ISSUER'> = {
  id: 'ISSUER',
  statement: {
    fr: "Le parchemin et le livret sont délivrés par l'Unité Territoriale de la DIRECCTE.",
    en: 'The parchemin and the livret are delivered by the regional office (Unité Territoriale of the DIRECCTE).',
  },
  evaluate: ({ document, issuer }) => {
    const what = DOCUMENT[document];
    if (issuer.kind !== 'regional-office') {
      return fails(
        `${what.fr} est délivré par l'Unité Territoriale, pas par : ${issuer.kind}.`,
        `${what.en} is delivered by the regional office, not by: ${issuer.kind}.`,
      );
    }
    if (issuer.region.trim() === '') {
      return fails(`${what.fr} doit nommer la région qui le délivre.`, `${what.en} must name the region delivering it.`);
    }
    return passes(`${what.fr} est délivré par l'Unité Territoriale de la région ${issuer.region}.`, `${what.en} is delivered by the regional office of region ${issuer.region}.`);
  },
};

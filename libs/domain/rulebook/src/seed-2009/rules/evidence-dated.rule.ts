import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

/**
 * A jury decides on the facts known at its date (DOMAIN.md: "a rule is evaluated on the facts known
 * at the decision date"): evidence produced after the session's day was not before the jury. A piece
 * backed by no known record keeps the evaluation's verdict (the records precede the verdict on the
 * candidate's partition; none is older than this rule).
 */
export const evidenceDatedRule: RuleDefinition<'EVIDENCE-DATED'> = {
  id: 'EVIDENCE-DATED',
  statement: {
    fr: 'Seules les pièces datées au plus tard du jour de la session comptent pour cette session.',
    en: "Only evidence dated on or before the session's date counts for that session.",
  },
  evaluate: ({ sessionDate, pieces }) => {
    const late = pieces.filter((piece) => piece.datedOn.length > 0 && piece.datedOn.every((date) => isAfter(date, sessionDate)));
    if (late.length === 0) {
      return passes(`Toutes les pièces sont datées au plus tard du ${sessionDate}.`, `Every piece of evidence is dated on or before ${sessionDate}.`, { afterSession: [] });
    }
    const dated = (label: (piece: (typeof late)[number]) => string) => late.map((piece) => `${label(piece)} (${[...piece.datedOn].sort().join(', ')})`).join(', ');
    return fails(
      `Pièces datées après la session du ${sessionDate}, qui ne comptent pas pour elle : ${dated((piece) => piece.fr)}`,
      `Evidence dated after the session of ${sessionDate}, which does not count for it: ${dated((piece) => piece.en)}`,
      { afterSession: late.map((piece) => piece.key) },
    );
  },
};

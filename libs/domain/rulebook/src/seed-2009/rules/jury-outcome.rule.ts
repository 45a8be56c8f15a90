import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const juryOutcomeRule: RuleDefinition<'JURY-OUTCOME'> = {
  id: 'JURY-OUTCOME',
  statement: {
    fr: "Pour chaque candidat, le jury attribue le titre, ou ne l'attribue pas et peut alors attribuer un ou plusieurs CCP du titre.",
    en: 'For each candidate the jury either awards the title, or does not and may then award one or more of its CCPs.',
  },
  evaluate: ({ titleCcpCodes, outcome }) => {
    if (outcome.kind === 'title-awarded') return passes('Le jury attribue le titre.', 'The jury awards the title.');
    const codes = outcome.ccpCodesAwarded;
    const unknown = codes.filter((code) => !titleCcpCodes.includes(code));
    if (unknown.length > 0) {
      return fails(`CCP qui ne font pas partie du titre : ${unknown.join(', ')}.`, `CCPs that are not part of the title: ${unknown.join(', ')}.`);
    }
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (repeated.length > 0) {
      return fails(`CCP attribué(s) deux fois : ${repeated.join(', ')}.`, `CCP(s) awarded twice: ${repeated.join(', ')}.`);
    }
    return codes.length === 0
      ? passes("Le jury n'attribue ni le titre ni aucun CCP.", 'The jury awards neither the title nor any CCP.')
      : passes(
          `Le jury n'attribue pas le titre et attribue : ${codes.join(', ')}.`,
          `The jury does not award the title and awards: ${codes.join(', ')}.`,
        );
  },
};

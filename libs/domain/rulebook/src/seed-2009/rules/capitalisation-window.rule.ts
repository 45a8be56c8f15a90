import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import { earliest, obtainedBy, windowEndFrom } from './capitalisation';

export const capitalisationWindowRule: RuleDefinition<'CAPITALISATION-WINDOW'> = {
  id: 'CAPITALISATION-WINDOW',
  statement: {
    fr: "À partir de la date d'obtention du premier CCP d'un titre, le candidat dispose de cinq ans pour obtenir tous les CCP de ce titre ; le cinquième anniversaire de cette date (ou le dernier jour du mois, pour un 29 février) est le dernier jour inclus.",
    en: 'From the date the first CCP of a title is obtained, the candidate has 5 years to obtain all the CCPs of that title; the fifth anniversary of that date (the last day of the month for a 29 February) is the last day, inclusive.',
  },
  evaluate: ({ ccpsObtained, on }) => {
    const windowStart = earliest(obtainedBy(ccpsObtained, on));
    if (windowStart === null) {
      const windowEnd = windowEndFrom(on);
      return passes(
        `Premier CCP du titre : il ouvre le délai de capitalisation, jusqu'au ${windowEnd} inclus.`,
        `First CCP of the title: it opens the capitalisation window, until ${windowEnd} inclusive.`,
        { windowStart: null, windowEnd },
      );
    }
    const windowEnd = windowEndFrom(windowStart);
    const details = { windowStart, windowEnd };
    return isAfter(on, windowEnd)
      ? fails(
          `Le ${on} est après la fin du délai de cinq ans ouvert par le premier CCP obtenu le ${windowStart} (dernier jour : ${windowEnd}).`,
          `${on} is after the end of the five-year window opened by the first CCP obtained on ${windowStart} (last day: ${windowEnd}).`,
          details,
        )
      : passes(
          `Le ${on} est dans le délai de cinq ans ouvert par le premier CCP obtenu le ${windowStart} (dernier jour : ${windowEnd}).`,
          `${on} is within the five-year window opened by the first CCP obtained on ${windowStart} (last day: ${windowEnd}).`,
          details,
        );
  },
};

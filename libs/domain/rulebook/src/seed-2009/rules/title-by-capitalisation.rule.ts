import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import { earliest, obtainedBy, windowEndFrom } from './capitalisation';

export const titleByCapitalisationRule: RuleDefinition<'TITLE-BY-CAPITALISATION'> = {
  id: 'TITLE-BY-CAPITALISATION',
  statement: {
    fr: "Une fois tous les CCP obtenus dans le délai, le titre est attribué par un jury après un entretien (parcours discontinu : entretien obligatoire ; autres parcours : le jury peut convoquer le candidat à un nouvel entretien, ou décider sans).",
    en: 'Once all CCPs are held within the window, the title is awarded by a jury after an interview (discontinuous pathway: interview required; other pathways: the jury may convene a new interview or decide without one).',
  },
  evaluate: ({ pathwayType, titleCcpCodes, ccpsObtained, juryInterviewHeld, on }) => {
    const known = obtainedBy(ccpsObtained, on).filter((ccp) => titleCcpCodes.includes(ccp.ccpCode));
    const windowStart = earliest(known);
    const windowEnd = windowStart === null ? null : windowEndFrom(windowStart);
    const inWindow = known.filter((ccp) => windowEnd !== null && !isAfter(ccp.obtainedOn, windowEnd)).map((ccp) => ccp.ccpCode);
    const missingCcpCodes = titleCcpCodes.filter((code) => !inWindow.includes(code));
    const details = { missingCcpCodes, windowEnd };
    if (missingCcpCodes.length > 0) {
      const window = windowEnd === null ? '' : ` avant le ${windowEnd} inclus`;
      const windowEn = windowEnd === null ? '' : ` by ${windowEnd} inclusive`;
      return fails(
        `CCP non obtenus${window} : ${missingCcpCodes.join(', ')}.`,
        `CCPs not obtained${windowEn}: ${missingCcpCodes.join(', ')}.`,
        details,
      );
    }
    if (pathwayType === 'discontinuous-training' && !juryInterviewHeld) {
      return fails(
        "Parcours discontinu : le jury doit conduire un entretien avec le candidat avant d'attribuer le titre.",
        'Discontinuous pathway: the jury must interview the candidate before awarding the title.',
        details,
      );
    }
    return passes(
      `Tous les CCP du titre sont obtenus dans le délai (jusqu'au ${windowEnd}) ; ${juryInterviewHeld ? 'entretien tenu' : 'le jury décide sans nouvel entretien'}.`,
      `All CCPs of the title are held within the window (until ${windowEnd}); ${juryInterviewHeld ? 'interview held' : 'the jury decides without a new interview'}.`,
      details,
    );
  },
};

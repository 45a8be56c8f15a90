import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import { earliest } from '../../seed-2009/rules/capitalisation';
import { ccpTransition, countingCcps, titleClosed } from './ccp-transition-2016.rule';

const lapsedNote = (lapsed: readonly string[]): { fr: string; en: string } =>
  lapsed.length === 0 ? { fr: '', en: '' } : { fr: ` (caducs avant la réforme de 2016 : ${lapsed.join(', ')})`, en: ` (lapsed before the 2016 reform: ${lapsed.join(', ')})` };

/** From 1 June 2016 a CCP counts as long as the title exists: no five-year window. */
export const capitalisationWindow2016Rule: RuleDefinition<'CAPITALISATION-WINDOW'> = {
  id: 'CAPITALISATION-WINDOW',
  statement: {
    fr: "Les CCP d'un titre restent acquis tant que le titre existe (arrêté du 22 décembre 2015) ; les CCP antérieurs suivent CCP-TRANSITION-2016.",
    en: 'The CCPs of a title stay acquired as long as the title exists (arrêté of 22 December 2015); earlier CCPs follow CCP-TRANSITION-2016.',
  },
  evaluate: ({ ccpsObtained, on, titleValidTo }) => {
    const counting = countingCcps(ccpsObtained, on);
    const windowStart = earliest(counting);
    const windowEnd = titleValidTo ?? null;
    const note = lapsedNote(ccpTransition(ccpsObtained, on).lapsed);
    const details = { windowStart, windowEnd };
    if (titleClosed(titleValidTo, on)) {
      return fails(`Le titre n'est plus en vigueur depuis le ${titleValidTo} : ses CCP ne s'obtiennent plus le ${on}.`, `The title is no longer in force since ${titleValidTo}: its CCPs cannot be obtained on ${on}.`, details);
    }
    return passes(
      `Le ${on}, les CCP du titre restent acquis tant que le titre existe${windowEnd ? ` (jusqu'au ${windowEnd})` : ''}${note.fr}.`,
      `On ${on}, the title's CCPs stay acquired as long as the title exists${windowEnd ? ` (until ${windowEnd})` : ''}${note.en}.`,
      details,
    );
  },
};

export const titleByCapitalisation2016Rule: RuleDefinition<'TITLE-BY-CAPITALISATION'> = {
  id: 'TITLE-BY-CAPITALISATION',
  statement: {
    fr: "Une fois tous les CCP du titre acquis (CCP-TRANSITION-2016 pour ceux d'avant le 1er juin 2016), le titre est attribué par un jury après un entretien (parcours discontinu : entretien obligatoire).",
    en: 'Once all CCPs of the title are held (CCP-TRANSITION-2016 for those before 1 June 2016), the title is awarded by a jury after an interview (discontinuous pathway: interview required).',
  },
  evaluate: ({ pathwayType, titleCcpCodes, ccpsObtained, juryInterviewHeld, on, titleValidTo }) => {
    const held = countingCcps(ccpsObtained, on).map((ccp) => ccp.ccpCode);
    const missingCcpCodes = titleCcpCodes.filter((code) => !held.includes(code));
    const windowEnd = titleValidTo ?? null;
    const details = { missingCcpCodes, windowEnd };
    const note = lapsedNote(ccpTransition(ccpsObtained, on).lapsed);
    if (titleClosed(titleValidTo, on)) {
      return fails(`Le titre n'est plus en vigueur depuis le ${titleValidTo}.`, `The title is no longer in force since ${titleValidTo}.`, details);
    }
    if (missingCcpCodes.length > 0) {
      return fails(`CCP non acquis au ${on} : ${missingCcpCodes.join(', ')}${note.fr}.`, `CCPs not held on ${on}: ${missingCcpCodes.join(', ')}${note.en}.`, details);
    }
    if (pathwayType === 'discontinuous-training' && !juryInterviewHeld) {
      return fails(
        "Parcours discontinu : le jury doit conduire un entretien avec le candidat avant d'attribuer le titre.",
        'Discontinuous pathway: the jury must interview the candidate before awarding the title.',
        details,
      );
    }
    return passes(
      `Tous les CCP du titre sont acquis au ${on} ; ${juryInterviewHeld ? 'entretien tenu' : 'le jury décide sans nouvel entretien'}.`,
      `All CCPs of the title are held on ${on}; ${juryInterviewHeld ? 'interview held' : 'the jury decides without a new interview'}.`,
      details,
    );
  },
};

import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const bookletRule: RuleDefinition<'BOOKLET'> = {
  id: 'BOOKLET',
  statement: {
    fr: "Le livret de certification enregistre chaque CCP à mesure qu'il est acquis (date, session, région).",
    en: 'The livret de certification records each CCP as it is acquired (date, session, region).',
  },
  evaluate: ({ titleCcpCodes, entry, recordedCcpCodes, on }) => {
    if (!titleCcpCodes.includes(entry.ccpCode)) {
      return fails(`${entry.ccpCode} n'est pas un CCP du titre.`, `${entry.ccpCode} is not a CCP of the title.`);
    }
    if (recordedCcpCodes.includes(entry.ccpCode)) {
      return fails(`${entry.ccpCode} est déjà inscrit au livret.`, `${entry.ccpCode} is already recorded in the livret.`);
    }
    if (entry.sessionId.trim() === '' || entry.region.trim() === '') {
      return fails(
        `L'inscription de ${entry.ccpCode} doit indiquer la session et la région.`,
        `The entry for ${entry.ccpCode} must state the session and the region.`,
      );
    }
    if (isAfter(entry.obtainedOn, on)) {
      return fails(
        `${entry.ccpCode} n'est pas encore acquis au ${on} (date d'obtention : ${entry.obtainedOn}).`,
        `${entry.ccpCode} is not yet acquired on ${on} (obtained on ${entry.obtainedOn}).`,
      );
    }
    return passes(
      `${entry.ccpCode} inscrit au livret : obtenu le ${entry.obtainedOn}, session ${entry.sessionId}, région ${entry.region}.`,
      `${entry.ccpCode} recorded in the livret: obtained on ${entry.obtainedOn}, session ${entry.sessionId}, region ${entry.region}.`,
    );
  },
};

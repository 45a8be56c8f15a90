import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const ccsRequiresTitleRule: RuleDefinition<'CCS-REQUIRES-TITLE'> = {
  id: 'CCS-REQUIRES-TITLE',
  statement: {
    fr: "Un CCS ne peut être préparé et attribué qu'à un titulaire du titre auquel il est associé ; il est préparé par la formation ou la VAE et évalué sur une mise en situation professionnelle correspondant au CCS et un entretien.",
    en: 'A CCS can only be prepared and awarded to a holder of its title; it is reached through training or VAE and judged on a practical assessment for the CCS and an interview.',
  },
  evaluate: (facts) => {
    const held = facts.titlesHeld.find((title) => title.titleCode === facts.titleCode && !isAfter(title.awardedOn, facts.on));
    if (!held) {
      return fails(
        `Le candidat n'est pas titulaire du titre ${facts.titleCode} au ${facts.on} : il ne peut pas ${facts.stage === 'award' ? 'obtenir' : 'préparer'} le CCS ${facts.ccsCode}.`,
        `The candidate does not hold title ${facts.titleCode} on ${facts.on}: they may not ${facts.stage === 'award' ? 'be awarded' : 'prepare'} CCS ${facts.ccsCode}.`,
      );
    }
    if (facts.stage === 'award') {
      const missing = [
        ...(facts.practicalAssessment ? [] : [{ fr: 'mise en situation professionnelle', en: 'practical assessment' }]),
        ...(facts.juryInterview ? [] : [{ fr: 'entretien', en: 'interview' }]),
      ];
      if (missing.length > 0) {
        return fails(
          `Le jury ne peut pas attribuer le CCS ${facts.ccsCode} sans : ${missing.map((item) => item.fr).join(' ; ')}.`,
          `The jury may not award CCS ${facts.ccsCode} without: ${missing.map((item) => item.en).join('; ')}.`,
        );
      }
    }
    return passes(
      `Titulaire du titre ${facts.titleCode} depuis le ${held.awardedOn} : le CCS ${facts.ccsCode} peut être ${facts.stage === 'award' ? 'attribué' : 'préparé'}.`,
      `Holder of title ${facts.titleCode} since ${held.awardedOn}: CCS ${facts.ccsCode} may be ${facts.stage === 'award' ? 'awarded' : 'prepared'}.`,
    );
  },
};

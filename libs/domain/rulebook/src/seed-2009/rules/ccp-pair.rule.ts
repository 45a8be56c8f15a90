import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const ccpPairRule: RuleDefinition<'CCP-PAIR'> = {
  id: 'CCP-PAIR',
  statement: {
    fr: "En parcours discontinu, chaque CCP est évalué par un binôme : un professionnel et un formateur de la spécialité, deux personnes distinctes, sur une mise en situation professionnelle correspondant au CCP et le DSPP.",
    en: 'In the discontinuous pathway each CCP is assessed by a pair: one professional and one trainer of the specialty, two distinct people, on a practical assessment for that CCP and the DSPP.',
  },
  evaluate: ({ titleCode, titleCcpCodes, ccpCode, assessors, practicalAssessment, dspp }) => {
    if (!titleCcpCodes.includes(ccpCode)) {
      return fails(`${ccpCode} n'est pas un CCP du titre ${titleCode}.`, `${ccpCode} is not a CCP of title ${titleCode}.`);
    }
    const [first, second] = assessors;
    if (assessors.length !== 2 || !first || !second) {
      return fails(
        `Le binôme d'évaluateurs compte ${assessors.length} personne(s) au lieu de 2.`,
        `The assessor pair has ${assessors.length} person(s) instead of 2.`,
      );
    }
    if (first.personId === second.personId) {
      return fails('Les deux évaluateurs doivent être deux personnes distinctes.', 'The two assessors must be two distinct people.');
    }
    const professional = assessors.find((assessor) => assessor.role === 'professional');
    const trainer = assessors.find((assessor) => assessor.role === 'trainer');
    if (!professional || !trainer) {
      return fails(
        "Le binôme doit réunir un professionnel et un formateur de la spécialité.",
        'The pair must join one professional and one trainer of the specialty.',
      );
    }
    if (trainer.role === 'trainer' && trainer.specialtyTitleCode !== titleCode) {
      return fails(
        `Le formateur ${trainer.personId} est de la spécialité ${trainer.specialtyTitleCode}, pas ${titleCode}.`,
        `Trainer ${trainer.personId} belongs to specialty ${trainer.specialtyTitleCode}, not ${titleCode}.`,
      );
    }
    const missing = [
      ...(practicalAssessment ? [] : [{ fr: `mise en situation professionnelle pour ${ccpCode}`, en: `practical assessment for ${ccpCode}` }]),
      ...(dspp ? [] : [{ fr: 'DSPP', en: 'DSPP' }]),
    ];
    if (missing.length > 0) {
      return fails(
        `Évaluation de ${ccpCode} incomplète : ${missing.map((item) => item.fr).join(' ; ')}.`,
        `Assessment of ${ccpCode} incomplete: ${missing.map((item) => item.en).join('; ')}.`,
      );
    }
    return passes(
      `${ccpCode} évalué par ${professional.personId} (professionnel) et ${trainer.personId} (formateur de la spécialité) sur mise en situation et DSPP.`,
      `${ccpCode} assessed by ${professional.personId} (professional) and ${trainer.personId} (trainer of the specialty) on a practical assessment and the DSPP.`,
    );
  },
};

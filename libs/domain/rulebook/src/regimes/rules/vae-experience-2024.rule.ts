import type { VaeExperienceDetails } from '../../facts/vae.facts';
import { measureExperience } from '../../measures/experience-months';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

/**
 * From 1 January 2024 (loi 2022-1598 art. 10, décret 2023-1275 for the pathways begun from that day):
 * no minimum duration; any experience in direct relation with the title, whatever its capacity.
 */
export const vaeExperience2024Rule: RuleDefinition<'VAE-EXPERIENCE'> = {
  id: 'VAE-EXPERIENCE',
  statement: {
    fr: "La recevabilité VAE exige une expérience en rapport direct avec le titre, sans durée minimale et quel qu'en soit le cadre.",
    en: 'VAE admissibility needs experience in direct relation with the title, with no minimum duration and in any capacity.',
  },
  evaluate: ({ periods, on }) => {
    const counted = periods.filter((period) => period.relatedToTitle);
    const measure = measureExperience(counted, on);
    const details: VaeExperienceDetails = { experienceMonths: measure.months, requiredMonths: 0, coveredDays: measure.coveredDays, countedPeriods: counted.length };
    return measure.coveredDays > 0
      ? passes(
          `${measure.months} mois (${measure.coveredDays} jours) d'expérience en rapport avec le titre au ${on} : aucune durée minimale n'est requise.`,
          `${measure.months} months (${measure.coveredDays} days) of title-related experience on ${on}: no minimum duration is required.`,
          details,
        )
      : fails(
          `Aucune expérience en rapport direct avec le titre au ${on} (${periods.length} période(s) déclarée(s)).`,
          `No experience in direct relation with the title on ${on} (${periods.length} period(s) declared).`,
          details,
        );
  },
};

import type { ExperiencePeriod, VaeExperienceDetails } from '../facts/vae.facts';
import { measureExperience } from '../measures/experience-months';
import type { RuleDefinition } from '../rule';
import { fails, passes } from '../rule';

const counts = (period: ExperiencePeriod): boolean =>
  period.relatedToTitle && (period.capacity === 'employee' || period.capacity === 'volunteer');

/**
 * VAE-EXPERIENCE with a minimum in months (seed 2009: 36; a rulebook may set its own figure). Shared by
 * the rulebooks that keep the seed's wording with another minimum. Months are counted by `measureExperience`.
 */
export const createVaeExperienceRule = (requiredMonths: number): RuleDefinition<'VAE-EXPERIENCE'> => ({
  id: 'VAE-EXPERIENCE',
  statement: {
    fr: `La recevabilité VAE exige au moins ${requiredMonths} mois d'expérience professionnelle en rapport avec le titre, en tant que salarié ou bénévole ; les périodes s'additionnent.`,
    en: `VAE admissibility needs at least ${requiredMonths} months of professional experience related to the title, as an employee or a volunteer; periods add up.`,
  },
  evaluate: ({ periods, on }) => {
    const counted = periods.filter(counts);
    const measure = measureExperience(counted, on);
    const details: VaeExperienceDetails = {
      experienceMonths: measure.months,
      requiredMonths,
      coveredDays: measure.coveredDays,
      countedPeriods: counted.length,
    };
    const fr =
      `${measure.months} mois d'expérience salariée ou bénévole en rapport avec le titre au ${on} ` +
      `(${counted.length} période(s) retenue(s) sur ${periods.length}, ${measure.coveredDays} jours couverts, chevauchements comptés une fois)`;
    const en =
      `${measure.months} months of title-related employee or volunteer experience on ${on} ` +
      `(${counted.length} of ${periods.length} period(s) counted, ${measure.coveredDays} days covered, overlaps counted once)`;
    return measure.months >= requiredMonths
      ? passes(`${fr} : au moins ${requiredMonths} mois, condition remplie.`, `${en}: at least ${requiredMonths} months, condition met.`, details)
      : fails(`${fr} : il en faut au moins ${requiredMonths}.`, `${en}: at least ${requiredMonths} are needed.`, details);
  },
});

import type { ExperiencePeriod, VaeExperienceDetails } from '../../facts/vae.facts';
import { measureExperience } from '../../measures/experience-months';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

/** Décret 2017-1135 (R. 335-6 code de l'éducation): one year, at least. */
export const VAE_2017_MINIMUM_MONTHS = 12;

const related = (period: ExperiencePeriod): boolean => period.relatedToTitle;

/**
 * From 1 October 2017 (loi 2016-1088 art. 78, décret 2017-1135): one year of activity related to the
 * title, as an employee, self-employed or volunteer; periods in training (stages, périodes en milieu
 * professionnel) count too, as long as they are shorter than the activity outside training.
 */
export const vaeExperience2017Rule: RuleDefinition<'VAE-EXPERIENCE'> = {
  id: 'VAE-EXPERIENCE',
  statement: {
    fr: `La recevabilité VAE exige au moins ${VAE_2017_MINIMUM_MONTHS} mois d'activité en rapport direct avec le titre, salariée, non salariée ou bénévole ; les périodes de formation en milieu professionnel comptent si elles sont plus courtes que l'activité hors formation.`,
    en: `VAE admissibility needs at least ${VAE_2017_MINIMUM_MONTHS} months of activity directly related to the title, as an employee, self-employed or volunteer; periods of training in a workplace count when shorter than the activity outside training.`,
  },
  evaluate: ({ periods, on }) => {
    const counted = periods.filter(related);
    const outside = measureExperience(counted.filter((period) => period.capacity !== 'trainee'), on);
    const training = measureExperience(counted.filter((period) => period.capacity === 'trainee'), on);
    const trainingCounts = training.coveredDays < outside.coveredDays;
    const measure = measureExperience(trainingCounts ? counted : counted.filter((period) => period.capacity !== 'trainee'), on);
    const details: VaeExperienceDetails = { experienceMonths: measure.months, requiredMonths: VAE_2017_MINIMUM_MONTHS, coveredDays: measure.coveredDays, countedPeriods: counted.length };
    const trainingNote =
      training.coveredDays === 0
        ? { fr: '', en: '' }
        : trainingCounts
          ? { fr: ', formation en milieu professionnel comprise', en: ', training in a workplace included' }
          : { fr: ", sans la formation en milieu professionnel, plus longue que l'activité hors formation", en: ', without training in a workplace, longer than the activity outside training' };
    const fr = `${measure.months} mois d'activité en rapport avec le titre au ${on} (${counted.length} période(s) retenue(s) sur ${periods.length}, ${measure.coveredDays} jours couverts${trainingNote.fr})`;
    const en = `${measure.months} months of title-related activity on ${on} (${counted.length} of ${periods.length} period(s) counted, ${measure.coveredDays} days covered${trainingNote.en})`;
    return measure.months >= VAE_2017_MINIMUM_MONTHS
      ? passes(`${fr} : au moins ${VAE_2017_MINIMUM_MONTHS} mois, condition remplie.`, `${en}: at least ${VAE_2017_MINIMUM_MONTHS} months, condition met.`, details)
      : fails(`${fr} : il en faut au moins ${VAE_2017_MINIMUM_MONTHS}.`, `${en}: at least ${VAE_2017_MINIMUM_MONTHS} are needed.`, details);
  },
};

import type { CalendarDate } from '@titrepro/domain-kernel';
import { addMonths, addYears, isAfter, isBefore } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import { notifiedAdmissibilityVerdict } from './vae-admissibility-validity.rule';

/** Décret 2023-1275: the certifier answers within two months of the complete dossier; its silence is worth admissibility. */
export const ADMISSIBILITY_SILENCE_MONTHS = 2;
/** Arrêté of 28 March 2022, art. 2 (titre professionnel): admissibility stays acquired three years from its notification. */
export const ADMISSIBILITY_VALID_YEARS = 3;

const expiresOn = (decidedOn: CalendarDate): CalendarDate => addYears(decidedOn, ADMISSIBILITY_VALID_YEARS);

export const vaeAdmissibility2024Rule: RuleDefinition<'VAE-ADMISSIBILITY'> = {
  id: 'VAE-ADMISSIBILITY',
  statement: {
    fr: `Un candidat à la VAE se présente au jury après une recevabilité notifiée, ou ${ADMISSIBILITY_SILENCE_MONTHS} mois après le dépôt de son dossier complet resté sans réponse (le silence vaut recevabilité) ; la recevabilité vaut ${ADMISSIBILITY_VALID_YEARS} ans.`,
    en: `A VAE candidate sits the jury after a notified admissibility, or ${ADMISSIBILITY_SILENCE_MONTHS} months after filing a complete dossier left unanswered (silence is worth admissibility); admissibility holds ${ADMISSIBILITY_VALID_YEARS} years.`,
  },
  evaluate: ({ pathwayType, admissibility, sessionDate, requestedOn }) => {
    if (pathwayType !== 'vae') {
      return passes("Sans objet : le candidat n'est pas en VAE.", 'Not applicable: the candidate is not on a VAE pathway.');
    }
    if (admissibility !== null && !isAfter(admissibility.decidedOn, sessionDate)) {
      return notifiedAdmissibilityVerdict(admissibility, sessionDate, ADMISSIBILITY_VALID_YEARS);
    }
    if (requestedOn !== undefined && requestedOn !== null) {
      const silentFrom = addMonths(requestedOn, ADMISSIBILITY_SILENCE_MONTHS);
      if (!isBefore(sessionDate, silentFrom)) {
        return isAfter(sessionDate, expiresOn(silentFrom))
          ? fails(`La recevabilité acquise par silence le ${silentFrom} ne vaut plus à la session du ${sessionDate}.`, `The admissibility gained by silence on ${silentFrom} no longer holds at the session of ${sessionDate}.`)
          : passes(
              `Dossier complet déposé le ${requestedOn} resté sans réponse : recevable par silence depuis le ${silentFrom}.`,
              `Complete dossier filed on ${requestedOn} left unanswered: admissible by silence since ${silentFrom}.`,
            );
      }
      return fails(
        `Dossier déposé le ${requestedOn} : ni recevabilité notifiée, ni silence de ${ADMISSIBILITY_SILENCE_MONTHS} mois avant la session du ${sessionDate} (il vaudra recevabilité le ${silentFrom}).`,
        `Dossier filed on ${requestedOn}: neither a notified admissibility nor ${ADMISSIBILITY_SILENCE_MONTHS} months of silence before the session of ${sessionDate} (it is worth admissibility on ${silentFrom}).`,
      );
    }
    return fails(
      `Aucune recevabilité notifiée avant la session du ${sessionDate}, et aucune date de dépôt connue pour en constater le silence.`,
      `No admissibility notified before the session of ${sessionDate}, and no filing date known to establish silence.`,
    );
  },
};

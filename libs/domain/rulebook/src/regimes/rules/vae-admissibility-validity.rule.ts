import type { CalendarDate } from '@titrepro/domain-kernel';
import { addYears, isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition, RuleVerdict } from '../../rule';
import type { RuleDetailsById } from '../../rule-facts';
import { fails, passes } from '../../rule';

/** The verdict on an admissibility notified before the session: refused, or valid `validYears` from its notification (every regime since 2016 words it alike). */
export const notifiedAdmissibilityVerdict = (
  admissibility: { readonly outcome: string; readonly decidedOn: CalendarDate },
  sessionDate: CalendarDate,
  validYears: number,
): RuleVerdict<RuleDetailsById['VAE-ADMISSIBILITY']> => {
  if (admissibility.outcome !== 'admissible') {
    return fails(`La demande a été déclarée non recevable le ${admissibility.decidedOn}.`, `The request was declared not admissible on ${admissibility.decidedOn}.`);
  }
  const expiry = addYears(admissibility.decidedOn, validYears);
  return isAfter(sessionDate, expiry)
    ? fails(
        `La recevabilité notifiée le ${admissibility.decidedOn} ne valait que jusqu'au ${expiry}, avant la session du ${sessionDate}.`,
        `The admissibility notified on ${admissibility.decidedOn} held only until ${expiry}, before the session of ${sessionDate}.`,
      )
    : passes(
        `Recevabilité notifiée le ${admissibility.decidedOn}, valable jusqu'au ${expiry} : le candidat peut se présenter à la session du ${sessionDate}.`,
        `Admissibility notified on ${admissibility.decidedOn}, valid until ${expiry}: the candidate may sit the session of ${sessionDate}.`,
      );
};

/**
 * A notified admissibility that holds `validYears` from its notification, the office's silence
 * being worth rejection: the arrêté of 22 December 2015 (one year, from 1 June 2016) and, from
 * 3 April 2022, the arrêté of 28 March 2022 (three years).
 */
export const createNotifiedAdmissibilityRule = (validYears: number, text: string): RuleDefinition<'VAE-ADMISSIBILITY'> => ({
  id: 'VAE-ADMISSIBILITY',
  statement: {
    fr: `Un candidat à la VAE se présente au jury après une recevabilité notifiée, valable ${validYears} an(s) à compter de sa notification (${text}) ; le silence de l'administration vaut rejet.`,
    en: `A VAE candidate sits the jury after a notified admissibility, valid ${validYears} year(s) from its notification (${text}); the administration's silence is worth rejection.`,
  },
  evaluate: ({ pathwayType, admissibility, sessionDate }) => {
    if (pathwayType !== 'vae') return passes("Sans objet : le candidat n'est pas en VAE.", 'Not applicable: the candidate is not on a VAE pathway.');
    if (admissibility === null || isAfter(admissibility.decidedOn, sessionDate)) {
      return fails(
        `Aucune recevabilité notifiée avant la session du ${sessionDate} (le silence vaut rejet).`,
        `No admissibility notified before the session of ${sessionDate} (silence is worth rejection).`,
      );
    }
    return notifiedAdmissibilityVerdict(admissibility, sessionDate, validYears);
  },
});

/** Arrêté of 22 December 2015 (JORFARTI000031733817): the admissibility decision holds one year from its notification. */
export const TP_2016_ADMISSIBILITY_VALID_YEARS = 1;
/** Arrêté of 28 March 2022, art. 2 (as restated): three years from its notification. */
export const TP_2022_ADMISSIBILITY_VALID_YEARS = 3;

export const vaeAdmissibility2016Rule = createNotifiedAdmissibilityRule(TP_2016_ADMISSIBILITY_VALID_YEARS, 'arrêté du 22 décembre 2015');
export const vaeAdmissibility2022Rule = createNotifiedAdmissibilityRule(TP_2022_ADMISSIBILITY_VALID_YEARS, 'arrêté du 28 mars 2022, art. 2');

import { isAfter } from '@titrepro/domain-kernel';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';

export const vaeAdmissibilityRule: RuleDefinition<'VAE-ADMISSIBILITY'> = {
  id: 'VAE-ADMISSIBILITY',
  statement: {
    fr: "Un candidat à la VAE ne peut se présenter à une session de validation qu'après notification d'une recevabilité positive par l'Unité Territoriale.",
    en: 'A VAE candidate may sit a validation session only after the regional office has notified a positive admissibility.',
  },
  evaluate: ({ pathwayType, admissibility, sessionDate }) => {
    if (pathwayType !== 'vae') {
      return passes("Sans objet : le candidat n'est pas en VAE.", 'Not applicable: the candidate is not on a VAE pathway.');
    }
    if (admissibility === null) {
      return fails(
        `Aucune notification de recevabilité : le candidat ne peut pas se présenter à la session du ${sessionDate}.`,
        `No admissibility notification: the candidate may not sit the session of ${sessionDate}.`,
      );
    }
    if (admissibility.outcome !== 'admissible') {
      return fails(
        `La demande de recevabilité a été déclarée non recevable le ${admissibility.decidedOn}.`,
        `The admissibility request was declared not admissible on ${admissibility.decidedOn}.`,
      );
    }
    if (isAfter(admissibility.decidedOn, sessionDate)) {
      return fails(
        `La recevabilité a été notifiée le ${admissibility.decidedOn}, après la session du ${sessionDate}.`,
        `Admissibility was notified on ${admissibility.decidedOn}, after the session of ${sessionDate}.`,
      );
    }
    return passes(
      `Recevabilité notifiée le ${admissibility.decidedOn} : le candidat peut se présenter à la session du ${sessionDate}.`,
      `Admissibility notified on ${admissibility.decidedOn}: the candidate may sit the session of ${sessionDate}.`,
    );
  },
};

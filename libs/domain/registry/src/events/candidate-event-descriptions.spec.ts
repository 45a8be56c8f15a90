import { asErased } from '../spec-support/as-erased';
import { aWholeLife, PERSONAL } from '../spec-support/whole-life';
import { candidateEvents } from './candidate-event-catalogue';

const personalValues = [
  PERSONAL.familyName,
  ...PERSONAL.givenNames,
  PERSONAL.birthDate,
  PERSONAL.email,
  PERSONAL.phone,
  PERSONAL.postalAddress,
  PERSONAL.organisation,
  PERSONAL.role,
  PERSONAL.reason,
  PERSONAL.refusal,
];

describe('descriptions of candidate events', () => {
  it("tell a candidate's whole life in one line per event, in French and English", () => {
    expect(aWholeLife().map((event) => candidateEvents.describe(event))).toEqual([
      { fr: "Inscription par l'unité territoriale de la région idf le 2025-01-06", en: 'Registered by the office of region idf on 2025-01-06' },
      { fr: 'Ouverture du parcours de VAE p-vae vers le titre TP-00495 le 2025-01-07', en: 'Opened vae pathway p-vae towards TP-00495 on 2025-01-07' },
      {
        fr: "Dépôt du dossier de recevabilité VAE du parcours p-vae, avec 1 période(s) d'expérience, le 2025-01-08",
        en: 'Filed a VAE admissibility request for pathway p-vae with 1 experience period(s) on 2025-01-08',
      },
      {
        fr: "Recevabilité VAE du parcours p-vae décidée le 2025-01-20 : non recevable (24 mois d'expérience comptés, 36 requis)",
        en: 'VAE admissibility of pathway p-vae decided not-admissible on 2025-01-20 (24 months of experience counted, 36 required)',
      },
      {
        fr: "Dépôt du dossier de recevabilité VAE du parcours p-vae, avec 2 période(s) d'expérience, le 2025-02-03",
        en: 'Filed a VAE admissibility request for pathway p-vae with 2 experience period(s) on 2025-02-03',
      },
      {
        fr: "Recevabilité VAE du parcours p-vae décidée le 2025-02-17 : recevable (72 mois d'expérience comptés, 36 requis)",
        en: 'VAE admissibility of pathway p-vae decided admissible on 2025-02-17 (72 months of experience counted, 36 required)',
      },
      {
        fr: 'Ouverture du parcours de formation continue p-other vers le titre TP-00002 le 2025-03-03',
        en: 'Opened continuous-training pathway p-other towards TP-00002 on 2025-03-03',
      },
      { fr: 'Abandon du parcours p-other (TP-00002) le 2025-03-10', en: 'Withdrew from pathway p-other (TP-00002) on 2025-03-10' },
      { fr: "Code de liaison de connexion émis, valable jusqu'au 2025-03-25T10:00:00.000Z", en: 'Sign-in link code issued, valid until 2025-03-25T10:00:00.000Z' },
      { fr: 'Connexion du candidat liée à son dossier le 2025-03-12', en: 'Candidate sign-in linked to the file on 2025-03-12' },
      { fr: 'Transfert demandé de la région idf vers la région ara le 2025-04-01', en: 'Transfer from region idf to region ara requested on 2025-04-01' },
      {
        fr: 'La région ara a refusé le dossier le 2025-04-02 (motif : file-incomplete) ; il reste dans cette région',
        en: 'Region ara refused the file on 2025-04-02 (reason: file-incomplete); it stays in this region',
      },
      { fr: 'Transfert demandé de la région idf vers la région ara le 2025-04-14', en: 'Transfer from region idf to region ara requested on 2025-04-14' },
      { fr: 'Dossier remis par la région idf à la région ara le 2025-04-15', en: 'File handed over by region idf to region ara on 2025-04-15' },
      // ara's stream of the same candidate.
      { fr: 'Dossier proposé par la région idf à la région ara le 2025-04-01', en: 'File offered by region idf to region ara on 2025-04-01' },
      {
        fr: 'Transfert depuis la région idf refusé par la région ara le 2025-04-02 (motif : file-incomplete)',
        en: 'Transfer from region idf refused by region ara on 2025-04-02 (reason: file-incomplete)',
      },
      { fr: 'Dossier proposé par la région idf à la région ara le 2025-04-14', en: 'File offered by region idf to region ara on 2025-04-14' },
      { fr: 'Transfert depuis la région idf accepté par la région ara le 2025-04-15', en: 'Transfer from region idf accepted by region ara on 2025-04-15' },
      {
        fr: 'Dossier reçu de la région idf par la région ara le 2025-04-15 (flux candidate-c-1, révision 13, empreinte h-idf-last)',
        en: 'File received from region idf by region ara on 2025-04-15 (stream candidate-c-1, revision 13, hash h-idf-last)',
      },
      { fr: 'Données personnelles effacées le 2025-05-02', en: 'Personal data erased on 2025-05-02' },
    ]);
  });

  it('never contain a personal value (name, birth date, contact, experience descriptions, reason)', () => {
    const text = aWholeLife()
      .map((event) => candidateEvents.describe(event))
      .flatMap(({ fr, en }) => [fr, en])
      .join('\n');
    for (const value of personalValues) expect(text).not.toContain(value);
  });

  it('read the same once the personal fields are REDACTED, so a history stays readable after erasure', () => {
    for (const event of aWholeLife()) expect(candidateEvents.describe(asErased(event))).toEqual(candidateEvents.describe(event));
  });
});

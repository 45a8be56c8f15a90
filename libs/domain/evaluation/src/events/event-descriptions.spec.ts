import { asErased } from '../spec-support/as-erased';
import { aWholeEvaluation, PERSONAL, theAssessors } from '../spec-support/whole-life';
import { assessorEvents } from './assessor-event-catalogue';
import { evaluationEvents } from './evaluation-event-catalogue';

const personalValues = [PERSONAL.trainer.familyName, ...PERSONAL.trainer.givenNames, PERSONAL.professional.familyName, ...PERSONAL.professional.givenNames];
const assessorLives = () => {
  const { trainer, professional } = theAssessors();
  return [...trainer.events, ...professional.events];
};

describe('descriptions of assessor events', () => {
  it('tell a registration from ids and qualifications, in French and English', () => {
    expect(assessorLives().map((event) => assessorEvents.describe(event))).toEqual([
      {
        fr: 'Évaluateur a-trainer (formateur de la spécialité TP-00495) inscrit par la région idf le 2025-01-02, habilité pour TP-00495',
        en: 'Assessor a-trainer (trainer of specialty TP-00495) registered by region idf on 2025-01-02, qualified for TP-00495',
      },
      {
        fr: 'Évaluateur a-pro (professionnel) inscrit par la région idf le 2025-01-03, habilité pour TP-00495, TP-00002',
        en: 'Assessor a-pro (professional) registered by region idf on 2025-01-03, qualified for TP-00495, TP-00002',
      },
    ]);
  });

  it("read the same once the assessor's name is REDACTED", () => {
    for (const event of assessorLives()) expect(assessorEvents.describe(asErased(event))).toEqual(assessorEvents.describe(event));
  });
});

describe('descriptions of evaluation events', () => {
  it("tell a candidate's evaluation in one line per event, in French and English, status changes included", () => {
    expect(aWholeEvaluation().map((event) => evaluationEvents.describe(event))).toEqual([
      {
        fr: "Parcours p-ct (parcours continu de formation, titre TP-00495, région idf) pris en compte pour l'évaluation le 2025-01-06",
        en: 'Pathway p-ct (continuous training pathway, title TP-00495, region idf) recorded for evaluation on 2025-01-06',
      },
      {
        fr: 'Pièces du parcours p-ct au 2025-01-06 (EVIDENCE-CONTINUOUS, seed-2009) : 7 manquante(s) (ecf:CCP1, ecf:CCP2, ecf:CCP3, dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
        en: 'Evidence of pathway p-ct on 2025-01-06 (EVIDENCE-CONTINUOUS, seed-2009): 7 missing (ecf:CCP1, ecf:CCP2, ecf:CCP3, dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
      },
      {
        fr: 'Évaluateur a-trainer (formateur) affecté par la région idf le 2025-01-10 : ECF de CCP1, parcours p-ct',
        en: 'Assessor a-trainer (trainer) assigned by region idf on 2025-01-10: ECF of CCP1, pathway p-ct',
      },
      {
        fr: 'ECF de CCP1 du 2025-02-13 (parcours p-ct) : non réussi, par le formateur a-trainer, enregistré le 2025-02-14',
        en: 'ECF of CCP1 on 2025-02-13 (pathway p-ct): failed, by trainer a-trainer, recorded on 2025-02-14',
      },
      {
        fr: 'Pièces du parcours p-ct au 2025-02-14 (EVIDENCE-CONTINUOUS, seed-2009) : 6 manquante(s) (ecf:CCP2, ecf:CCP3, dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
        en: 'Evidence of pathway p-ct on 2025-02-14 (EVIDENCE-CONTINUOUS, seed-2009): 6 missing (ecf:CCP2, ecf:CCP3, dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
      },
      {
        fr: 'Formateurs ayant évalué le candidat au 2025-02-14 : a-trainer',
        en: 'Trainers who assessed the candidate as of 2025-02-14: a-trainer',
      },
      {
        fr: 'Abandon du parcours p-ct (TP-00495) pris en compte le 2025-03-03',
        en: 'Withdrawal from pathway p-ct (TP-00495) recorded on 2025-03-03',
      },
      {
        fr: "Parcours p-dt (parcours discontinu de formation, titre TP-00495, région idf) pris en compte pour l'évaluation le 2025-03-10",
        en: 'Pathway p-dt (discontinuous training pathway, title TP-00495, region idf) recorded for evaluation on 2025-03-10',
      },
      {
        fr: 'Pièces du parcours p-dt au 2025-03-10 (CCP-PAIR, seed-2009) : 9 manquante(s) (ccp-pair:CCP1, practical-assessment:CCP1, dspp:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, dspp:CCP2, ccp-pair:CCP3, practical-assessment:CCP3, dspp:CCP3)',
        en: 'Evidence of pathway p-dt on 2025-03-10 (CCP-PAIR, seed-2009): 9 missing (ccp-pair:CCP1, practical-assessment:CCP1, dspp:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, dspp:CCP2, ccp-pair:CCP3, practical-assessment:CCP3, dspp:CCP3)',
      },
      {
        fr: 'DSPP dspp-1 déposé le 2025-04-01 pour le parcours p-dt (activités types CCP1, CCP2, CCP3)',
        en: 'DSPP dspp-1 submitted on 2025-04-01 for pathway p-dt (activités types CCP1, CCP2, CCP3)',
      },
      {
        fr: 'Pièces du parcours p-dt au 2025-04-01 (CCP-PAIR, seed-2009) : 6 manquante(s) (ccp-pair:CCP1, practical-assessment:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
        en: 'Evidence of pathway p-dt on 2025-04-01 (CCP-PAIR, seed-2009): 6 missing (ccp-pair:CCP1, practical-assessment:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
      },
      {
        fr: 'DSPP dspp-2 déposé le 2025-04-08 pour le parcours p-dt (activités types CCP1, CCP2, CCP3), remplaçant dspp-1',
        en: 'DSPP dspp-2 submitted on 2025-04-08 for pathway p-dt (activités types CCP1, CCP2, CCP3), superseding dspp-1',
      },
      {
        fr: 'Mise en situation pa-1 (CCP1, parcours p-dt) prévue le 2025-05-12 par la région idf, le 2025-04-10',
        en: 'Practical assessment pa-1 (CCP1, pathway p-dt) scheduled for 2025-05-12 by region idf on 2025-04-10',
      },
      {
        fr: 'Évaluateur a-pro (professionnel) affecté par la région idf le 2025-04-11 : mise en situation pa-1, parcours p-dt',
        en: 'Assessor a-pro (professional) assigned by region idf on 2025-04-11: practical assessment pa-1, pathway p-dt',
      },
      {
        fr: 'Mise en situation pa-1 (CCP1, parcours p-dt) tenue le 2025-05-12 : 6/6 compétences acquises, selon a-pro (professionnel), enregistrée le 2025-05-12',
        en: 'Practical assessment pa-1 (CCP1, pathway p-dt) held on 2025-05-12: 6/6 compétences acquired, per a-pro (professional), recorded on 2025-05-12',
      },
      {
        fr: 'Pièces du parcours p-dt au 2025-05-12 (CCP-PAIR, seed-2009) : 5 manquante(s) (ccp-pair:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
        en: 'Evidence of pathway p-dt on 2025-05-12 (CCP-PAIR, seed-2009): 5 missing (ccp-pair:CCP1, ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
      },
      {
        fr: 'Évaluateur a-pro (professionnel) affecté par la région idf le 2025-05-13 : évaluation en binôme de CCP1, parcours p-dt',
        en: 'Assessor a-pro (professional) assigned by region idf on 2025-05-13: pair evaluation of CCP1, pathway p-dt',
      },
      {
        fr: 'Évaluateur a-trainer (formateur) affecté par la région idf le 2025-05-13 : évaluation en binôme de CCP1, parcours p-dt',
        en: 'Assessor a-trainer (trainer) assigned by region idf on 2025-05-13: pair evaluation of CCP1, pathway p-dt',
      },
      {
        fr: 'CCP1 évalué le 2025-05-19 en binôme par a-pro (professionnel) et a-trainer (formateur) (parcours p-dt) : réussi, enregistré le 2025-05-20',
        en: 'CCP1 assessed on 2025-05-19 by the pair a-pro (professional) and a-trainer (trainer) (pathway p-dt): passed, recorded on 2025-05-20',
      },
      {
        fr: 'Pièces du parcours p-dt au 2025-05-20 (CCP-PAIR, seed-2009) : 4 manquante(s) (ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
        en: 'Evidence of pathway p-dt on 2025-05-20 (CCP-PAIR, seed-2009): 4 missing (ccp-pair:CCP2, practical-assessment:CCP2, ccp-pair:CCP3, practical-assessment:CCP3)',
      },
      {
        fr: "Parcours p-vae (VAE, titre TP-00002, région idf) pris en compte pour l'évaluation le 2025-06-02",
        en: 'Pathway p-vae (VAE, title TP-00002, region idf) recorded for evaluation on 2025-06-02',
      },
      {
        fr: 'Pièces du parcours p-vae au 2025-06-02 (EVIDENCE-VAE, seed-2009) : 4 manquante(s) (dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
        en: 'Evidence of pathway p-vae on 2025-06-02 (EVIDENCE-VAE, seed-2009): 4 missing (dspp:CCP1, dspp:CCP2, dspp:CCP3, practical-assessment:title-synthesis)',
      },
      {
        fr: 'DSPP dspp-v déposé le 2025-06-03 pour le parcours p-vae (activités types CCP1, CCP2, CCP3)',
        en: 'DSPP dspp-v submitted on 2025-06-03 for pathway p-vae (activités types CCP1, CCP2, CCP3)',
      },
      {
        fr: 'Pièces du parcours p-vae au 2025-06-03 (EVIDENCE-VAE, seed-2009) : 1 manquante(s) (practical-assessment:title-synthesis)',
        en: 'Evidence of pathway p-vae on 2025-06-03 (EVIDENCE-VAE, seed-2009): 1 missing (practical-assessment:title-synthesis)',
      },
      {
        fr: 'Mise en situation pa-v (épreuve de synthèse du titre, parcours p-vae) prévue le 2025-06-16 par la région idf, le 2025-06-04',
        en: 'Practical assessment pa-v (title synthesis, pathway p-vae) scheduled for 2025-06-16 by region idf on 2025-06-04',
      },
      {
        fr: 'Évaluateur a-pro (professionnel) affecté par la région idf le 2025-06-04 : mise en situation pa-v, parcours p-vae',
        en: 'Assessor a-pro (professional) assigned by region idf on 2025-06-04: practical assessment pa-v, pathway p-vae',
      },
      {
        fr: 'Mise en situation pa-v (épreuve de synthèse du titre, parcours p-vae) tenue le 2025-06-16 : 16/16 compétences acquises, selon a-pro (professionnel), enregistrée le 2025-06-16',
        en: 'Practical assessment pa-v (title synthesis, pathway p-vae) held on 2025-06-16: 16/16 compétences acquired, per a-pro (professional), recorded on 2025-06-16',
      },
      {
        fr: 'Pièces du parcours p-vae complètes pour le jury le 2025-06-16 (EVIDENCE-VAE, seed-2009)',
        en: 'Evidence of pathway p-vae complete for the jury on 2025-06-16 (EVIDENCE-VAE, seed-2009)',
      },
      { fr: 'Dossier transféré de la région idf à la région bre, pris en compte le 2025-07-01', en: 'File handed over from region idf to region bre, recorded on 2025-07-01' },
    ]);
  });

  it("never contain an assessor's name, in either catalogue", () => {
    const text = [...aWholeEvaluation().map((event) => evaluationEvents.describe(event)), ...assessorLives().map((event) => assessorEvents.describe(event))]
      .flatMap(({ fr, en }) => [fr, en])
      .join('\n');
    for (const value of personalValues) expect(text).not.toContain(value);
  });

  it('carry no personal value in the evaluation events themselves', () => {
    const stored = JSON.stringify(aWholeEvaluation());
    for (const value of personalValues) expect(stored).not.toContain(value);
  });
});

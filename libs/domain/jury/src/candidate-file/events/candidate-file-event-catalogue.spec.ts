import { fieldsAcceptingRedacted } from '@titrepro/domain-kernel';
import { aWholeCandidateFile } from '../../spec-support/candidate-file-life';
import { windowClosed } from '../../spec-support/candidate-file-fixtures';
import { candidateFileEvents } from './candidate-file-event-catalogue';

describe('candidateFileEvents (the catalogue of a candidate’s jury file)', () => {
  it('describes each event type under its own name, all at schema version 1', () => {
    expect(candidateFileEvents.types.length).toBeGreaterThan(0);
    for (const type of candidateFileEvents.types) expect(candidateFileEvents.descriptorOf(type)).toMatchObject({ type, schemaVersion: 1 });
  });

  it.each(candidateFileEvents.types)('%s: no field accepts REDACTED, none is declared or typed personal', (type) => {
    const descriptor = candidateFileEvents.descriptorOf(type);
    expect(fieldsAcceptingRedacted(descriptor.schema)).toEqual([]);
    expect(descriptor.personal?.fields ?? []).toEqual([]);
  });

  it('gives the decision trace of a window closure (CAPITALISATION-WINDOW), and none for consumed facts', () => {
    expect(candidateFileEvents.storageOf(windowClosed())).toEqual({ schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['CAPITALISATION-WINDOW'] } });
    for (const event of aWholeCandidateFile().filter((each) => each.type !== 'CapitalisationWindowClosed')) {
      expect(candidateFileEvents.storageOf(event)).toEqual({ schemaVersion: 1 });
    }
  });

  it('reads back every event the decider emits, through JSON, unchanged, and refuses malformed data', () => {
    const life = aWholeCandidateFile();
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(candidateFileEvents.types));
    for (const event of life) {
      const stored = { type: event.type, schemaVersion: 1, data: JSON.parse(JSON.stringify(event.data)) as unknown };
      expect(candidateFileEvents.read(stored)).toEqual({ ok: true, value: event });
    }
    const closed = windowClosed();
    expect(candidateFileEvents.read({ type: closed.type, schemaVersion: 1, data: { ...closed.data, windowEnd: '2026-02-30' } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
    const [home] = life;
    expect(home && candidateFileEvents.read({ type: home.type, schemaVersion: 1, data: { ...home.data, source: 'e-1' } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
  });

  it('tells the file in one line per event, in French and English', () => {
    expect(aWholeCandidateFile().map((event) => candidateFileEvents.describe(event))).toEqual([
      { fr: 'Dossier du candidat c-1 tenu par la région idf (selon la région idf), pris en compte le 2020-09-01', en: 'File of candidate c-1 held by region idf (per region idf), recorded on 2020-09-01' },
      {
        fr: 'Parcours p-ct (parcours continu de formation, titre TP-00495, région idf) pris en compte pour le jury le 2020-09-02',
        en: 'Pathway p-ct (continuous training pathway, title TP-00495, region idf) recorded for the jury on 2020-09-02',
      },
      { fr: 'Parcours p-vae (VAE, titre TP-00002, région idf) pris en compte pour le jury le 2020-09-03', en: 'Pathway p-vae (VAE, title TP-00002, region idf) recorded for the jury on 2020-09-03' },
      {
        fr: 'Dossier de recevabilité du parcours VAE p-vae (TP-00002) déposé le 2020-09-04, pris en compte le 2020-09-04',
        en: 'Admissibility dossier of VAE pathway p-vae (TP-00002) filed on 2020-09-04, recorded on 2020-09-04',
      },
      { fr: 'Parcours VAE p-vae (TP-00002) déclaré recevable le 2020-09-30, pris en compte le 2020-10-01', en: 'VAE pathway p-vae (TP-00002) declared admissible on 2020-09-30, recorded on 2020-10-01' },
      {
        fr: 'ECF e-ecf-CCP1, CCP1 du 2020-11-02 (parcours p-ct, évaluateurs a-trainer) : réussi, pris en compte le 2020-11-02',
        en: 'ECF e-ecf-CCP1, CCP1 on 2020-11-02 (pathway p-ct, assessors a-trainer): passed, recorded on 2020-11-02',
      },
      { fr: 'Formateurs du candidat c-1 : a-trainer, pris en compte le 2020-11-02', en: 'Trainers of candidate c-1: a-trainer, recorded on 2020-11-02' },
      {
        fr: "Pièces du parcours p-ct selon l'évaluation (EVIDENCE-CONTINUOUS, seed-2009) : 2 manquante(s) (ECF pour CCP2, ECF pour CCP3), pris en compte le 2020-11-02",
        en: 'Evidence of pathway p-ct per the evaluation (EVIDENCE-CONTINUOUS, seed-2009): 2 missing (ECF for CCP2, ECF for CCP3), recorded on 2020-11-02',
      },
      {
        fr: 'Obtenu le 2021-03-10 : CCP1, CCP2 du titre TP-00495 (décision d-1, session s-1, région bre), pris en compte le 2021-03-11',
        en: 'Awarded on 2021-03-10: CCP1, CCP2 of title TP-00495 (decision d-1, session s-1, region bre), recorded on 2021-03-11',
      },
      {
        fr: 'Décision d-1 (session s-1, région bre) rectifiée : CCP1 du titre TP-00495, pris en compte le 2021-04-01',
        en: 'Decision d-1 (session s-1, region bre) rectified: CCP1 of title TP-00495, recorded on 2021-04-01',
      },
      {
        fr: 'Obtenu le 2022-05-31 : CCS CCS1 du titre TP-00002 (décision d-2, session s-2, région idf), pris en compte le 2022-06-01',
        en: 'Awarded on 2022-05-31: CCS CCS1 of title TP-00002 (decision d-2, session s-2, region idf), recorded on 2022-06-01',
      },
      { fr: 'Abandon du parcours p-ct (TP-00495) pris en compte pour le jury le 2023-01-05', en: 'Withdrawal from pathway p-ct (TP-00495) recorded for the jury on 2023-01-05' },
      {
        fr: 'Délai de capitalisation du titre TP-00495 clos pour le candidat c-1 le 2026-03-11 (du 2021-03-10 au 2026-03-10, CAPITALISATION-WINDOW, seed-2009) : obtenus CCP1, manquants CCP2, CCP3',
        en: 'Capitalisation window of title TP-00495 closed for candidate c-1 on 2026-03-11 (2021-03-10 to 2026-03-10, CAPITALISATION-WINDOW, seed-2009): held CCP1, missing CCP2, CCP3',
      },
      {
        fr: 'Délai de capitalisation du titre TP-00002 du candidat c-1 (2020-06-01 – 2025-06-01) clos, annoncé par la région bre',
        en: 'Capitalisation window of title TP-00002 for candidate c-1 (2020-06-01 – 2025-06-01) closed, announced by region bre',
      },
    ]);
  });
});

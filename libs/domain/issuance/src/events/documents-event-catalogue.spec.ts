import { fieldsAcceptingRedacted } from '@titrepro/domain-kernel';
import { aWholeDocumentsLife } from '../spec-support/documents-life';
import { documentsEvents } from './documents-event-catalogue';

describe('documentsEvents (the catalogue of a candidate’s documents)', () => {
  it('describes each event type under its own name, all at schema version 1', () => {
    expect(documentsEvents.types.length).toBeGreaterThan(0);
    for (const type of documentsEvents.types) expect(documentsEvents.descriptorOf(type)).toMatchObject({ type, schemaVersion: 1 });
  });

  it.each(documentsEvents.types)('%s: no field accepts REDACTED, none is declared or typed personal', (type) => {
    const descriptor = documentsEvents.descriptorOf(type);
    expect(fieldsAcceptingRedacted(descriptor.schema)).toEqual([]);
    expect(descriptor.personal?.fields ?? []).toEqual([]);
  });

  it('gives the decision trace of an issuance (PARCHMENT, BOOKLET, ISSUER), and none for the other events', () => {
    const traces = aWholeDocumentsLife().map((event) => [event.type, documentsEvents.storageOf(event)]);
    expect(traces).toEqual([
      ['BookletIssued', { schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['PARCHMENT', 'BOOKLET', 'ISSUER'] } }],
      ['AwardHeldFromOtherRegion', { schemaVersion: 1 }],
      ['BookletIssued', { schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['PARCHMENT', 'BOOKLET', 'ISSUER'] } }],
      ['BookletSuperseded', { schemaVersion: 1 }],
      ['ParchmentIssued', { schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['PARCHMENT', 'ISSUER'] } }],
      ['ParchmentIssued', { schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['PARCHMENT', 'ISSUER'] } }],
      ['RectificationRecorded', { schemaVersion: 1 }],
      ['DocumentRevoked', { schemaVersion: 1 }],
      ['DocumentRevoked', { schemaVersion: 1 }],
      ['DocumentsErased', { schemaVersion: 1 }],
    ]);
  });

  it('reads back every event the decider emits, through JSON, unchanged, and refuses malformed data', () => {
    const life = aWholeDocumentsLife();
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(documentsEvents.types));
    for (const event of life) {
      const stored = { type: event.type, schemaVersion: 1, data: JSON.parse(JSON.stringify(event.data)) as unknown };
      expect(documentsEvents.read(stored)).toEqual({ ok: true, value: event });
    }
    const [booklet] = life;
    expect(booklet && documentsEvents.read({ type: booklet.type, schemaVersion: 1, data: { ...booklet.data, issuedOn: '2025-02-30' } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
    const revoked = life.find((event) => event.type === 'DocumentRevoked');
    expect(revoked && documentsEvents.read({ type: revoked.type, schemaVersion: 1, data: { ...revoked.data, by: { kind: 'someone' } } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
    const held = life.find((event) => event.type === 'AwardHeldFromOtherRegion');
    expect(held && documentsEvents.read({ type: held.type, schemaVersion: 1, data: { ...held.data, documentId: 'doc-1' } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
  });

  it("tells the documents in one line per event, in French and English, never quoting an officer's reason", () => {
    const descriptions = aWholeDocumentsLife().map((event) => documentsEvents.describe(event));
    expect(descriptions).toEqual([
      {
        fr: 'Livret de certification doc-b1 (version 1 : CCP1 (idf)) délivré au candidat c-1 le 2024-03-18 par la région idf (décision d-1 du 2024-03-15)',
        en: 'Livret de certification doc-b1 (version 1: CCP1 (idf)) issued to candidate c-1 on 2024-03-18 by region idf (decision d-1 of 2024-03-15)',
      },
      {
        fr: 'Décision d-2 de la région bre (session s-d-2, TP-00495, du 2025-01-20) prise en compte pour le candidat c-1 le 2025-01-22, sans document (délivré par la région bre) ; CCP détenus : CCP2',
        en: 'Decision d-2 of region bre (session s-d-2, TP-00495, of 2025-01-20) recorded for candidate c-1 on 2025-01-22, with no document (issued by region bre); CCPs held: CCP2',
      },
      {
        fr: 'Livret de certification doc-b2 (version 2 : CCP1 (idf), CCP2 (bre), CCP3 (idf)) délivré au candidat c-1 le 2025-03-17 par la région idf (décision d-3 du 2025-03-14)',
        en: 'Livret de certification doc-b2 (version 2: CCP1 (idf), CCP2 (bre), CCP3 (idf)) issued to candidate c-1 on 2025-03-17 by region idf (decision d-3 of 2025-03-14)',
      },
      { fr: 'Livret de certification doc-b1 (version 1) du candidat c-1 remplacé par doc-b2 le 2025-03-17', en: 'Livret de certification doc-b1 (version 1) of candidate c-1 superseded by doc-b2 on 2025-03-17' },
      {
        fr: 'Parchemin doc-p1 (titre TP-00495) délivré au candidat c-1 le 2025-06-23 par la région idf (décision d-4 du 2025-06-20)',
        en: 'Parchemin doc-p1 (title TP-00495) issued to candidate c-1 on 2025-06-23 by region idf (decision d-4 of 2025-06-20)',
      },
      {
        fr: 'Parchemin doc-p2 (CCS CCS1 du titre TP-00495) délivré au candidat c-1 le 2025-07-01 par la région idf (décision d-5 du 2025-06-30)',
        en: 'Parchemin doc-p2 (CCS CCS1 of title TP-00495) issued to candidate c-1 on 2025-07-01 by region idf (decision d-5 of 2025-06-30)',
      },
      {
        fr: 'Rectification r-1 de la décision d-4 (session s-d-4, région idf, TP-00495) pour le candidat c-1 : titre non attribué, aucun CCP, prise en compte le 2025-09-01',
        en: 'Rectification r-1 of decision d-4 (session s-d-4, region idf, TP-00495) for candidate c-1: title not awarded, no CCP, recorded on 2025-09-01',
      },
      {
        fr: 'Parchemin doc-p1 du candidat c-1 (décision d-4) révoqué le 2025-09-01 sur rectification r-1 de la décision (région idf)',
        en: 'Parchemin doc-p1 of candidate c-1 (decision d-4) revoked on 2025-09-01 on rectification r-1 of the decision (region idf)',
      },
      {
        fr: "Parchemin doc-p2 du candidat c-1 (décision d-5) révoqué le 2025-10-01 par l'agent o-idf de la région idf",
        en: 'Parchemin doc-p2 of candidate c-1 (decision d-5) revoked on 2025-10-01 by officer o-idf of region idf',
      },
      {
        fr: 'Données personnelles du candidat c-1 effacées le 2025-11-03 : ses documents ne sont plus délivrés',
        en: 'Personal data of candidate c-1 erased on 2025-11-03: their documents are no longer served',
      },
    ]);
    expect(descriptions.map((description) => description.fr).join(' ')).not.toContain('erreur');
  });

  it('tells an award held from another region by what it brings: a CCS, or the CCPs now held', () => {
    const held = { candidateId: 'c-1', decisionId: 'd-9', sessionId: 's-9', region: 'bre', titleCode: 'TP-00495', decidedOn: '2026-02-10', recordedOn: '2026-02-12' } as const;
    expect(documentsEvents.describe({ type: 'AwardHeldFromOtherRegion', data: { ...held, ccpCodes: [], ccsCode: 'CCS1' } })).toEqual({
      fr: 'Décision d-9 de la région bre (session s-9, TP-00495, du 2026-02-10) prise en compte pour le candidat c-1 le 2026-02-12, sans document (délivré par la région bre) ; CCS CCS1 attribué, aucun CCP',
      en: 'Decision d-9 of region bre (session s-9, TP-00495, of 2026-02-10) recorded for candidate c-1 on 2026-02-12, with no document (issued by region bre); CCS CCS1 awarded, no CCP',
    });
  });
});

import { currentBooklet, type BookletDocument } from '../documents.state';
import { CANDIDATE, ccpAward, decided, documentsSpec, historyOf, on, TSGERI } from '../spec-support/documents-fixtures';
import { parseRecordCcpAward } from './record-ccp-award.command';

const ccp1Idf = ccpAward({ decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-booklet-1', statusListIndex: 3 });
const ccp23Bre = ccpAward({ decisionId: 'd-bre', sessionId: 's-bre', region: 'bre', ccpCodes: ['CCP2', 'CCP3'], decidedOn: '2025-01-20', documentId: 'doc-booklet-2', statusListIndex: 40 });

describe('RecordCcpAward (decider)', () => {
  it('a CCP-only award gives a livret and no parchemin: PARCHMENT refuses a CCP alone, BOOKLET records it, ISSUER names the region', () => {
    const result = documentsSpec.given([]).when(ccp1Idf, on('2024-03-18'));
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'BookletIssued',
          data: {
            candidateId: CANDIDATE,
            documentId: 'doc-booklet-1',
            decisionId: 'd-idf',
            sessionId: 's-idf',
            titleCode: TSGERI,
            version: 1,
            ccpCodes: ['CCP1'],
            entries: [{ titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf', decisionId: 'd-idf' }],
            issuerRegion: 'idf',
            decidedOn: '2024-03-15',
            issuedOn: '2024-03-18',
            statusListIndex: 3,
            rectificationId: null,
            rulebookId: 'seed-2009',
            ruleApplications: [
              expect.objectContaining({ ruleId: 'PARCHMENT', subject: null, passed: false, facts: { certifies: 'ccp', awardedOn: '2024-03-15', on: '2024-03-15' } }),
              expect.objectContaining({
                ruleId: 'BOOKLET',
                subject: 'CCP1',
                passed: true,
                facts: {
                  titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
                  entry: { ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf' },
                  recordedCcpCodes: [],
                  on: '2024-03-15',
                },
              }),
              expect.objectContaining({ ruleId: 'ISSUER', passed: true, facts: { document: 'booklet', issuer: { kind: 'regional-office', region: 'idf' } } }),
            ],
          },
        },
      ],
    });
    const state = documentsSpec.given(result.ok ? result.value : []).state();
    expect(state.documents.map((document) => document.kind)).toEqual(['booklet']);
  });

  it('a cross-region livret: CCP1 from idf, then CCP2 and CCP3 from bre, version 2 superseding version 1', () => {
    const first = decided([], ccp1Idf, '2024-03-18');
    const second = decided(first, ccp23Bre, '2025-01-22');
    expect(second.map((event) => event.type)).toEqual(['BookletIssued', 'BookletSuperseded']);
    expect(second[0]).toMatchObject({
      data: {
        documentId: 'doc-booklet-2',
        version: 2,
        ccpCodes: ['CCP2', 'CCP3'],
        issuerRegion: 'bre',
        entries: [
          { ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf', decisionId: 'd-idf' },
          { ccpCode: 'CCP2', obtainedOn: '2025-01-20', sessionId: 's-bre', region: 'bre', decisionId: 'd-bre' },
          { ccpCode: 'CCP3', obtainedOn: '2025-01-20', sessionId: 's-bre', region: 'bre', decisionId: 'd-bre' },
        ],
      },
    });
    const bookletFacts = second[0]?.type === 'BookletIssued' ? second[0].data.ruleApplications.filter((each) => each.ruleId === 'BOOKLET').map((each) => [each.subject, each.facts]) : [];
    expect(bookletFacts).toEqual([
      ['CCP2', expect.objectContaining({ recordedCcpCodes: ['CCP1'] })],
      ['CCP3', expect.objectContaining({ recordedCcpCodes: ['CCP1', 'CCP2'] })],
    ]);
    expect(second[1]).toEqual({
      type: 'BookletSuperseded',
      data: { candidateId: CANDIDATE, documentId: 'doc-booklet-1', version: 1, supersededBy: 'doc-booklet-2', issuerRegion: 'idf', statusListIndex: 3, supersededOn: '2025-01-22' },
    });
    const state = documentsSpec.given([...first, ...second]).state();
    expect(state.documents.map((document) => [document.documentId, document.status])).toEqual([
      ['doc-booklet-1', 'superseded'],
      ['doc-booklet-2', 'issued'],
    ]);
    expect((state.documents[0] as BookletDocument).supersededBy).toBe('doc-booklet-2');
    expect(currentBooklet(state)?.entries.map((entry) => `${entry.ccpCode}@${entry.region}`)).toEqual(['CCP1@idf', 'CCP2@bre', 'CCP3@bre']);
  });

  it('lists the CCPs in the order obtained, whichever award arrives first', () => {
    const history = historyOf([
      [ccp23Bre, '2025-01-22'],
      [ccp1Idf, '2025-01-23'],
    ]);
    expect(currentBooklet(documentsSpec.given(history).state())?.entries.map((entry) => entry.ccpCode)).toEqual(['CCP1', 'CCP2', 'CCP3']);
  });

  it('is idempotent per decision id, and decides nothing for CCPs all held already', () => {
    const history = decided([], ccp1Idf, '2024-03-18');
    expect(documentsSpec.given(history).when(ccpAward({ documentId: 'doc-again' }), on('2024-03-19'))).toEqual({ ok: true, value: [] });
    expect(documentsSpec.given(history).when(ccpAward({ decisionId: 'd-again', documentId: 'doc-again' }), on('2024-03-19'))).toEqual({ ok: true, value: [] });
  });

  it('refuses a CCP that is not of the title (BOOKLET), and a title the référentiel does not hold', () => {
    expect(documentsSpec.given([]).when(ccpAward({ ccpCodes: ['CCP7'] }), on('2024-03-18'))).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'BOOKLET', rulebookId: 'seed-2009' } });
    expect(documentsSpec.given([]).when(ccpAward({ titleCode: 'TP-99999' }), on('2024-03-18'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'title' } });
  });
});

describe('parseRecordCcpAward', () => {
  it.each([
    ['ccpCodes', 'no CCP', { ccpCodes: [] }],
    ['ccpCodes[0]', 'a CCP code of another form', { ccpCodes: ['ccp 1'] }],
    ['sessionId', 'no session', { sessionId: undefined }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordCcpAward({ ...ccpAward().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

import { currentBooklet, type BookletDocument } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import { CANDIDATE, ccpAward, decided, documentsSpec, historyOf, on, TSGERI } from '../spec-support/documents-fixtures';
import { parseRecordCcpAward } from './record-ccp-award.command';

// In the deployment of idf, idf's awards.
const ccp1Idf = ccpAward({ decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-booklet-1', statusListIndex: 3 });
const ccp23Idf = ccpAward({ decisionId: 'd-idf-2', sessionId: 's-idf-2', region: 'idf', ccpCodes: ['CCP2', 'CCP3'], decidedOn: '2025-01-20', documentId: 'doc-booklet-2', statusListIndex: 4 });

// In the deployment of bre: idf's award is held there, bre's issues.
const inBre = { issuingRegion: 'bre' } as const;
const ccp1FromIdf = ccpAward({ ...inBre, decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-unused', statusListIndex: 39 });
const ccp23Bre = ccpAward({ ...inBre, decisionId: 'd-bre', sessionId: 's-bre', region: 'bre', ccpCodes: ['CCP2', 'CCP3'], decidedOn: '2025-01-20', documentId: 'doc-booklet-bre', statusListIndex: 40 });

/** The BOOKLET applications of a decision, per CCP. */
const bookletFacts = (events: readonly DocumentsEvent[]) =>
  events.flatMap((event) => (event.type === 'BookletIssued' ? event.data.ruleApplications.filter((each) => each.ruleId === 'BOOKLET').map((each) => [each.subject, each.facts]) : []));

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

  it('a second award of the region gives version 2, listing every CCP held, superseding version 1', () => {
    const first = decided([], ccp1Idf, '2024-03-18');
    const second = decided(first, ccp23Idf, '2025-01-22');
    expect(second.map((event) => event.type)).toEqual(['BookletIssued', 'BookletSuperseded']);
    expect(second[0]).toMatchObject({
      data: {
        documentId: 'doc-booklet-2',
        version: 2,
        ccpCodes: ['CCP2', 'CCP3'],
        issuerRegion: 'idf',
        entries: [
          { ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf', decisionId: 'd-idf' },
          { ccpCode: 'CCP2', obtainedOn: '2025-01-20', sessionId: 's-idf-2', region: 'idf', decisionId: 'd-idf-2' },
          { ccpCode: 'CCP3', obtainedOn: '2025-01-20', sessionId: 's-idf-2', region: 'idf', decisionId: 'd-idf-2' },
        ],
      },
    });
    expect(bookletFacts(second)).toEqual([
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
  });

  it('lists the CCPs in the order obtained, whichever award arrives first', () => {
    const history = historyOf([
      [ccp23Idf, '2025-01-22'],
      [ccpAward({ ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-booklet-3', statusListIndex: 5 }), '2025-01-23'],
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

describe('RecordCcpAward of another region (ISSUER: only the region whose jury decided issues)', () => {
  it("in bre, idf's CCP1 issues nothing and is held; CCP2 and CCP3 of bre then give livret v1 listing CCP1 (idf, its date and session), CCP2 and CCP3 (bre)", () => {
    const held = decided([], ccp1FromIdf, '2024-03-18');
    expect(held).toEqual([
      {
        type: 'AwardHeldFromOtherRegion',
        data: { candidateId: CANDIDATE, decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', titleCode: TSGERI, ccpCodes: ['CCP1'], ccsCode: null, decidedOn: '2024-03-15', recordedOn: '2024-03-18' },
      },
    ]);
    const holding = documentsSpec.given(held).state();
    expect(holding.documents).toEqual([]);
    expect(holding.ccpsHeld).toEqual([{ titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf', decisionId: 'd-idf' }]);

    const issued = decided(held, ccp23Bre, '2025-01-22');
    expect(issued.map((event) => event.type)).toEqual(['BookletIssued']);
    expect(issued[0]).toMatchObject({
      data: {
        documentId: 'doc-booklet-bre',
        version: 1,
        ccpCodes: ['CCP2', 'CCP3'],
        issuerRegion: 'bre',
        statusListIndex: 40,
        entries: [
          { titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2024-03-15', sessionId: 's-idf', region: 'idf', decisionId: 'd-idf' },
          { titleCode: TSGERI, ccpCode: 'CCP2', obtainedOn: '2025-01-20', sessionId: 's-bre', region: 'bre', decisionId: 'd-bre' },
          { titleCode: TSGERI, ccpCode: 'CCP3', obtainedOn: '2025-01-20', sessionId: 's-bre', region: 'bre', decisionId: 'd-bre' },
        ],
      },
    });
    expect(bookletFacts(issued)).toEqual([
      ['CCP2', expect.objectContaining({ recordedCcpCodes: ['CCP1'] })],
      ['CCP3', expect.objectContaining({ recordedCcpCodes: ['CCP1', 'CCP2'] })],
    ]);
    expect(issued[0]?.type === 'BookletIssued' && issued[0].data.ruleApplications.at(-1)).toMatchObject({ ruleId: 'ISSUER', passed: true, facts: { issuer: { region: 'bre' } } });
  });

  it('a CCP held from another region is kept as first obtained: the same CCP awarded here later issues nothing', () => {
    const held = decided([], ccp1FromIdf, '2024-03-18');
    expect(documentsSpec.given(held).when(ccpAward({ ...inBre, decisionId: 'd-bre-1', region: 'bre', ccpCodes: ['CCP1'], decidedOn: '2025-01-20' }), on('2025-01-22'))).toEqual({ ok: true, value: [] });
  });

  it("refuses to hold a CCP that is not of the title, or a title the référentiel does not hold: the livret would list them unchecked", () => {
    expect(documentsSpec.given([]).when(ccpAward({ ...ccp1FromIdf.data, ccpCodes: ['CCP7'] }), on('2024-03-18'))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'ccpCodes' } });
    expect(documentsSpec.given([]).when(ccpAward({ ...ccp1FromIdf.data, titleCode: 'TP-99999' }), on('2024-03-18'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'title' } });
  });
});

describe('parseRecordCcpAward', () => {
  it.each([
    ['ccpCodes', 'no CCP', { ccpCodes: [] }],
    ['ccpCodes[0]', 'a CCP code of another form', { ccpCodes: ['ccp 1'] }],
    ['sessionId', 'no session', { sessionId: undefined }],
    ['issuingRegion', "no deployment's region", { issuingRegion: undefined }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordCcpAward({ ...ccpAward().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

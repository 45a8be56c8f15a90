import type { DocumentsEvent } from '../events/documents-event-catalogue';
import { currentBooklet, issuedDocuments } from '../documents.state';
import { CANDIDATE, ccpAward, decided, documentsSpec, historyOf, on, rectification, titleAward, TSGERI } from '../spec-support/documents-fixtures';
import { parseRecordRectification } from './record-rectification.command';

const statuses = (history: readonly DocumentsEvent[]) => documentsSpec.given(history).state().documents.map((document) => `${document.documentId}:${document.status}`);

// In the deployment of idf, idf's awards.
const ccp1Idf = ccpAward({ decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-booklet-1' });
const ccp23Idf = ccpAward({ decisionId: 'd-idf-2', sessionId: 's-idf-2', region: 'idf', ccpCodes: ['CCP2', 'CCP3'], decidedOn: '2025-01-20', documentId: 'doc-booklet-2', statusListIndex: 40 });

// In the deployment of bre: idf's award is held there, bre's issues; idf's jury rectifies its own decision.
const inBre = { issuingRegion: 'bre' } as const;
const ccp1FromIdf = ccpAward({ ...inBre, decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', ccpCodes: ['CCP1'], decidedOn: '2024-03-15', documentId: 'doc-unused' });
const ccp23Bre = ccpAward({ ...inBre, decisionId: 'd-bre', sessionId: 's-bre', region: 'bre', ccpCodes: ['CCP2', 'CCP3'], decidedOn: '2025-01-20', documentId: 'doc-booklet-bre', statusListIndex: 40 });
const idfRectifies = (overrides: Parameters<typeof rectification>[0]) =>
  rectification({ ...inBre, decisionId: 'd-idf', sessionId: 's-idf', region: 'idf', decidedOn: '2024-03-15', reissue: { documentId: 'doc-reissued-bre', statusListIndex: 41 }, ...overrides });

describe('RecordRectification (decider)', () => {
  it('revokes the parchemin of the decision and reissues per the new outcome: title → CCPs only gives a livret, no parchemin', () => {
    const awarded = decided([], titleAward(), '2025-06-23');
    const result = documentsSpec.given(awarded).when(rectification(), on('2025-09-01'));
    expect(result).toMatchObject({
      ok: true,
      value: [
        {
          type: 'RectificationRecorded',
          data: {
            candidateId: CANDIDATE,
            rectificationId: 'r-1',
            decisionId: 'd-title',
            outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
            ccpCodesAwarded: ['CCP1', 'CCP2'],
            ccsCode: null,
            recordedOn: '2025-09-01',
          },
        },
        {
          type: 'DocumentRevoked',
          data: {
            documentId: 'doc-parchment',
            documentKind: 'parchment',
            decisionId: 'd-title',
            issuerRegion: 'idf',
            statusListIndex: 7,
            reason: 'decision-rectified',
            by: { kind: 'rectification', rectificationId: 'r-1', region: 'idf' },
            revokedOn: '2025-09-01',
          },
        },
        {
          type: 'BookletIssued',
          data: {
            documentId: 'doc-reissued',
            decisionId: 'd-title',
            version: 1,
            ccpCodes: ['CCP1', 'CCP2'],
            entries: [
              { titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2025-06-20', sessionId: 's-title', region: 'idf', decisionId: 'd-title' },
              { titleCode: TSGERI, ccpCode: 'CCP2', obtainedOn: '2025-06-20', sessionId: 's-title', region: 'idf', decisionId: 'd-title' },
            ],
            decidedOn: '2025-06-20',
            issuedOn: '2025-09-01',
            statusListIndex: 8,
            rectificationId: 'r-1',
          },
        },
      ],
    });
    const history = [...awarded, ...(result.ok ? result.value : [])];
    expect(result.ok && result.value.map((event) => event.type)).not.toContain('ParchmentIssued');
    expect(statuses(history)).toEqual(['doc-parchment:revoked', 'doc-reissued:issued']);
    expect(documentsSpec.given(history).state().ccpsHeld.map((ccp) => ccp.ccpCode)).toEqual(['CCP1', 'CCP2']);
  });

  it('is idempotent per rectification id', () => {
    const history = historyOf([
      [titleAward(), '2025-06-23'],
      [rectification(), '2025-09-01'],
    ]);
    expect(documentsSpec.given(history).when(rectification({ reissue: { documentId: 'doc-other', statusListIndex: 9 } }), on('2025-09-02'))).toEqual({ ok: true, value: [] });
  });

  it('takes a second rectification of the same decision: the reissued document is revoked in turn', () => {
    const history = historyOf([
      [titleAward(), '2025-06-23'],
      [rectification(), '2025-09-01'],
      [
        rectification({ rectificationId: 'r-2', outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, ccpCodesAwarded: ['CCP1'], reissue: { documentId: 'doc-again', statusListIndex: 9 } }),
        '2025-10-01',
      ],
    ]);
    expect(statuses(history)).toEqual(['doc-parchment:revoked', 'doc-reissued:revoked', 'doc-again:issued']);
    expect(documentsSpec.given(history).state().documents.at(-1)).toMatchObject({ kind: 'booklet', version: 2, entries: [{ ccpCode: 'CCP1' }], rectificationId: 'r-2' });
  });

  it('revokes a livret of another decision that lists a CCP taken back, and reissues it with the CCPs still held', () => {
    const history = historyOf([
      [ccp1Idf, '2024-03-18'],
      [ccp23Idf, '2025-01-22'],
    ]);
    const taken = rectification({ decisionId: 'd-idf', sessionId: 's-idf', outcome: { kind: 'absent' }, ccpCodesAwarded: [], decidedOn: '2024-03-15' });
    const result = decided(history, taken, '2025-02-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded', 'DocumentRevoked', 'BookletIssued']);
    expect(result[1]).toMatchObject({ data: { documentId: 'doc-booklet-2', decisionId: 'd-idf-2', issuerRegion: 'idf', statusListIndex: 40 } });
    expect(result[2]).toMatchObject({ data: { documentId: 'doc-reissued', version: 3, ccpCodes: [], issuerRegion: 'idf', entries: [{ ccpCode: 'CCP2', decisionId: 'd-idf-2' }, { ccpCode: 'CCP3', decisionId: 'd-idf-2' }] } });
    const after = documentsSpec.given([...history, ...result]).state();
    expect(statuses([...history, ...result])).toEqual(['doc-booklet-1:superseded', 'doc-booklet-2:revoked', 'doc-reissued:issued']);
    expect(currentBooklet(after)?.documentId).toBe('doc-reissued');
  });

  it('supersedes rather than revokes a livret whose entries all still stand, when the rectified outcome adds a CCP', () => {
    const history = decided([], ccp1Idf, '2024-03-18');
    const more = rectification({ decisionId: 'd-idf', sessionId: 's-idf', outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] }, decidedOn: '2024-03-15' });
    const result = decided(history, more, '2024-04-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded', 'BookletIssued', 'BookletSuperseded']);
    expect(result[1]).toMatchObject({ data: { version: 2, ccpCodes: ['CCP2'] } });
  });

  it('keeps a livret that still stands when the decision now awards the title, and issues its parchemin', () => {
    const history = decided([], ccpAward({ decisionId: 'd-title', sessionId: 's-title', ccpCodes: ['CCP1', 'CCP2'], decidedOn: '2025-06-20' }), '2025-06-23');
    const result = decided(history, rectification({ outcome: { kind: 'title-awarded' }, ccpCodesAwarded: ['CCP1', 'CCP2', 'CCP3'] }), '2025-09-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded', 'ParchmentIssued']);
    expect(issuedDocuments(documentsSpec.given([...history, ...result]).state()).map((document) => document.kind)).toEqual(['booklet', 'parchment']);
  });

  it('revokes only, when the decision now awards nothing and no other CCP is held', () => {
    const history = decided([], titleAward(), '2025-06-23');
    const result = decided(history, rectification({ outcome: { kind: 'absent' }, ccpCodesAwarded: [], reissue: null }), '2025-09-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded', 'DocumentRevoked']);
    expect(documentsSpec.given([...history, ...result]).state().ccpsHeld).toEqual([]);
  });

  it('a rectification that overtook its award stands: its documents are issued, and the award arriving later decides nothing', () => {
    const history = decided([], rectification(), '2025-06-22');
    expect(history.map((event) => event.type)).toEqual(['RectificationRecorded', 'BookletIssued']);
    expect(documentsSpec.given(history).when(titleAward(), on('2025-06-23'))).toEqual({ ok: true, value: [] });
  });

  it('refuses a rectification calling for a document without the reissue ids', () => {
    const history = decided([], titleAward(), '2025-06-23');
    expect(documentsSpec.given(history).when(rectification({ reissue: null }), on('2025-09-01'))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'reissue' } });
  });

  it('after erasure, revokes but reissues nothing', () => {
    const history = historyOf([
      [titleAward(), '2025-06-23'],
      [{ type: 'RecordErasure', data: { candidateId: CANDIDATE } }, '2025-07-01'],
    ]);
    expect(decided(history, rectification(), '2025-09-01').map((event) => event.type)).toEqual(['RectificationRecorded', 'DocumentRevoked']);
  });
});

describe('RecordRectification of another region (ISSUER: only what this region issued is revoked or reissued)', () => {
  it.each([
    ['the title', { outcome: { kind: 'title-awarded' }, ccpCodesAwarded: ['CCP1', 'CCP2', 'CCP3'], ccsCode: null }, ['CCP1', 'CCP2', 'CCP3']],
    ['a CCS', { outcome: { kind: 'ccs-awarded' }, ccpCodesAwarded: [], ccsCode: 'CCS1' }, []],
  ] as const)("in bre, idf's rectification now awarding %s never issues a parchemin here: it is recorded, and its CCPs held", (_what, outcome, ccpCodes) => {
    const history = decided([], ccp1FromIdf, '2024-03-18');
    const result = decided(history, idfRectifies({ ...outcome, ccpCodesAwarded: [...outcome.ccpCodesAwarded] }), '2024-04-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded']);
    const state = documentsSpec.given([...history, ...result]).state();
    expect(state.documents).toEqual([]);
    expect(state.ccpsHeld.map((ccp) => `${ccp.ccpCode}@${ccp.region}`)).toEqual(ccpCodes.map((code) => `${code}@idf`));
  });

  it("in bre, idf's rectification never revokes or reissues a parchemin here, and leaves bre's livret that still tells the truth", () => {
    const history = historyOf([
      [ccp1FromIdf, '2024-03-18'],
      [ccp23Bre, '2025-01-22'],
    ]);
    const result = decided(history, idfRectifies({ outcome: { kind: 'title-awarded' }, ccpCodesAwarded: ['CCP1', 'CCP2', 'CCP3'] }), '2025-02-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded']);
    expect(statuses([...history, ...result])).toEqual(['doc-booklet-bre:issued']);
  });

  it("in bre, bre's livret listing a CCP idf's rectification took back is revoked and reissued by bre, with the CCPs still held", () => {
    const history = historyOf([
      [ccp1FromIdf, '2024-03-18'],
      [ccp23Bre, '2025-01-22'],
    ]);
    const result = decided(history, idfRectifies({ outcome: { kind: 'absent' }, ccpCodesAwarded: [] }), '2025-02-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded', 'DocumentRevoked', 'BookletIssued']);
    expect(result[1]).toMatchObject({
      data: { documentId: 'doc-booklet-bre', decisionId: 'd-bre', issuerRegion: 'bre', statusListIndex: 40, by: { kind: 'rectification', rectificationId: 'r-1', region: 'idf' } },
    });
    expect(result[2]).toMatchObject({
      data: {
        documentId: 'doc-reissued-bre',
        version: 2,
        ccpCodes: [],
        issuerRegion: 'bre',
        statusListIndex: 41,
        rectificationId: 'r-1',
        entries: [
          { ccpCode: 'CCP2', region: 'bre' },
          { ccpCode: 'CCP3', region: 'bre' },
        ],
      },
    });
    expect(statuses([...history, ...result])).toEqual(['doc-booklet-bre:revoked', 'doc-reissued-bre:issued']);
  });

  it("in bre, the CCPs idf's rectification adds are held for bre's next livret, which is not reissued for them", () => {
    const history = decided([], ccp23Bre, '2025-01-22');
    const result = decided(history, idfRectifies({ outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, ccpCodesAwarded: ['CCP1'] }), '2025-02-01');
    expect(result.map((event) => event.type)).toEqual(['RectificationRecorded']);
    const state = documentsSpec.given([...history, ...result]).state();
    expect(statuses([...history, ...result])).toEqual(['doc-booklet-bre:issued']);
    expect(state.ccpsHeld.map((ccp) => `${ccp.ccpCode}@${ccp.region}`)).toEqual(['CCP2@bre', 'CCP3@bre', 'CCP1@idf']);
  });

  it('a rectification of another region that overtook its award stands: the award arriving later decides nothing', () => {
    const history = decided([], idfRectifies({ outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, ccpCodesAwarded: ['CCP1'] }), '2024-03-17');
    expect(history.map((event) => event.type)).toEqual(['RectificationRecorded']);
    expect(documentsSpec.given(history).when(ccp1FromIdf, on('2024-03-18'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordRectification', () => {
  it('yields a typed RecordRectification', () => {
    expect(parseRecordRectification(rectification().data)).toEqual({ ok: true, value: rectification() });
    expect(parseRecordRectification({ ...rectification().data, outcome: { kind: 'ccs-awarded' }, ccpCodesAwarded: [], ccsCode: 'CCS1' })).toMatchObject({ ok: true });
  });

  it.each([
    ['ccsCode', 'a CCS awarded without its code', { outcome: { kind: 'ccs-awarded' }, ccpCodesAwarded: [], ccsCode: null }],
    ['ccsCode', 'a CCS code with another outcome', { ccsCode: 'CCS1' }],
    ['ccpCodesAwarded', 'CCPs that are not those of the outcome', { ccpCodesAwarded: ['CCP1'] }],
    ['ccpCodesAwarded', 'a title awarded without its CCPs', { outcome: { kind: 'title-awarded' }, ccpCodesAwarded: [] }],
    ['ccpCodesAwarded', 'CCPs for an absent candidate', { outcome: { kind: 'absent' } }],
    ['outcome.kind', 'an outcome the jury does not know', { outcome: { kind: 'postponed' } }],
    ['reissue.statusListIndex', 'a reissue without its index', { reissue: { documentId: 'doc-1' } }],
    ['rectificationId', 'no rectification id', { rectificationId: undefined }],
    ['issuingRegion', "no deployment's region", { issuingRegion: undefined }],
    ['reissue.issuingRegion', "the deployment's region inside reissue, where it does not belong", { reissue: { documentId: 'doc-1', statusListIndex: 1, issuingRegion: 'idf' } }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordRectification({ ...rectification().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

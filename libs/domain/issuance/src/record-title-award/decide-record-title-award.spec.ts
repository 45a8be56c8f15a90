import { CANDIDATE, ccpAward, decided, documentsSpec, historyOf, on, titleAward, TSGERI } from '../spec-support/documents-fixtures';
import { parseRecordTitleAward } from './record-title-award.command';

describe('RecordTitleAward (decider)', () => {
  it('issues the parchemin of the title, under PARCHMENT and ISSUER as of the session date, dated today', () => {
    expect(documentsSpec.given([]).when(titleAward(), on('2025-06-23'))).toEqual({
      ok: true,
      value: [
        {
          type: 'ParchmentIssued',
          data: {
            candidateId: CANDIDATE,
            documentId: 'doc-parchment',
            decisionId: 'd-title',
            sessionId: 's-title',
            achievement: { kind: 'title', titleCode: TSGERI, ccsCode: null },
            ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
            issuerRegion: 'idf',
            decidedOn: '2025-06-20',
            issuedOn: '2025-06-23',
            statusListIndex: 7,
            rectificationId: null,
            rulebookId: 'seed-2009',
            ruleApplications: [
              {
                ruleId: 'PARCHMENT',
                subject: null,
                facts: { certifies: 'title', awardedOn: '2025-06-20', on: '2025-06-20' },
                passed: true,
                explanation: { fr: 'Parchemin pour le titre, attribué le 2025-06-20.', en: 'Parchemin for the title, awarded on 2025-06-20.' },
                details: null,
              },
              {
                ruleId: 'ISSUER',
                subject: null,
                facts: { document: 'parchment', issuer: { kind: 'regional-office', region: 'idf' } },
                passed: true,
                explanation: {
                  fr: "Le parchemin est délivré par l'Unité Territoriale de la région idf.",
                  en: 'The parchemin is delivered by the regional office of region idf.',
                },
                details: null,
              },
            ],
          },
        },
      ],
    });
  });

  it("holds the title's CCPs from the decision, keeping one already held as first obtained, and issues no livret", () => {
    const history = historyOf([
      [ccpAward({ ccpCodes: ['CCP1'], decidedOn: '2024-03-15' }), '2024-03-16'],
      [titleAward(), '2025-06-23'],
    ]);
    const state = documentsSpec.given(history).state();
    expect(state.ccpsHeld.map((ccp) => `${ccp.ccpCode}@${ccp.decisionId}:${ccp.obtainedOn}`)).toEqual(['CCP1@d-idf:2024-03-15', 'CCP2@d-title:2025-06-20', 'CCP3@d-title:2025-06-20']);
    expect(history.map((event) => event.type)).toEqual(['BookletIssued', 'ParchmentIssued']);
  });

  it('a duplicated TitleAwarded gives one parchemin: the same decision again decides nothing, whatever ids the app minted', () => {
    const history = decided([], titleAward(), '2025-06-23');
    expect(documentsSpec.given(history).when(titleAward({ documentId: 'doc-other', statusListIndex: 99 }), on('2025-06-24'))).toEqual({ ok: true, value: [] });
    expect(documentsSpec.given(history).state().documents.filter((document) => document.kind === 'parchment')).toHaveLength(1);
  });

  it('decides nothing after erasure', () => {
    const erased = decided([], { type: 'RecordErasure', data: { candidateId: CANDIDATE } }, '2025-06-21');
    expect(documentsSpec.given(erased).when(titleAward(), on('2025-06-23'))).toEqual({ ok: true, value: [] });
  });

  it("refuses a document id already used in the stream, and a command for another candidate's stream", () => {
    const history = decided([], titleAward(), '2025-06-23');
    expect(documentsSpec.given(history).when(titleAward({ decisionId: 'd-other' }), on('2025-06-24'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(documentsSpec.given(history).when(titleAward({ candidateId: 'c-2', decisionId: 'd-other' }), on('2025-06-24'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('c-2') },
    });
  });

  it('refuses a decision before any rulebook was in force', () => {
    expect(documentsSpec.given([]).when(titleAward({ decidedOn: '2008-01-10' }), on('2025-06-23'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('RecordTitleAward of another region (ISSUER: only the region whose jury decided issues)', () => {
  // In the deployment of idf (the builder's), a title bre's jury awarded.
  const breTitle = titleAward({ decisionId: 'd-bre-title', sessionId: 's-bre-title', region: 'bre', documentId: 'doc-unused', statusListIndex: 70 });

  it("in idf, bre's title issues no parchemin (bre's office delivers it, with bre's key); the title's CCPs are held here, one held already kept as first obtained", () => {
    const before = decided([], ccpAward({ ccpCodes: ['CCP1'], decidedOn: '2024-03-15' }), '2024-03-16');
    const held = decided(before, breTitle, '2025-06-23');
    expect(held).toEqual([
      {
        type: 'AwardHeldFromOtherRegion',
        data: {
          candidateId: CANDIDATE,
          decisionId: 'd-bre-title',
          sessionId: 's-bre-title',
          region: 'bre',
          titleCode: TSGERI,
          ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
          ccsCode: null,
          decidedOn: '2025-06-20',
          recordedOn: '2025-06-23',
        },
      },
    ]);
    const state = documentsSpec.given([...before, ...held]).state();
    expect(state.documents.map((document) => document.kind)).toEqual(['booklet']);
    expect(state.ccpsHeld.map((ccp) => `${ccp.ccpCode}@${ccp.region}:${ccp.decisionId}`)).toEqual(['CCP1@idf:d-idf', 'CCP2@bre:d-bre-title', 'CCP3@bre:d-bre-title']);
  });

  it('a duplicated award of another region decides nothing the second time, whatever ids the app minted', () => {
    const held = decided([], breTitle, '2025-06-23');
    expect(documentsSpec.given(held).when(titleAward({ ...breTitle.data, documentId: 'doc-other', statusListIndex: 71 }), on('2025-06-24'))).toEqual({ ok: true, value: [] });
    expect(documentsSpec.given(held).state().decisionIds).toEqual(['d-bre-title']);
  });

  it('decides nothing after erasure, as for an award of this region', () => {
    const erased = decided([], { type: 'RecordErasure', data: { candidateId: CANDIDATE } }, '2025-06-21');
    expect(documentsSpec.given(erased).when(breTitle, on('2025-06-23'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordTitleAward', () => {
  it('yields a typed RecordTitleAward', () => {
    expect(parseRecordTitleAward(titleAward().data)).toEqual({ ok: true, value: titleAward() });
  });

  it.each([
    ['ccpCodes', 'no CCP', { ccpCodes: [] }],
    ['ccpCodes', 'a CCP named twice', { ccpCodes: ['CCP1', 'CCP1'] }],
    ['titleCode', 'a title code of another form', { titleCode: 'TSGERI' }],
    ['decidedOn', 'a day that does not exist', { decidedOn: '2025-02-29' }],
    ['region', 'a region that is not a code', { region: 'Île-de-France' }],
    ['issuingRegion', "no deployment's region", { issuingRegion: undefined }],
    ['issuingRegion', "a deployment's region that is not a code", { issuingRegion: 'IDF' }],
    ['statusListIndex', 'a negative status-list index', { statusListIndex: -1 }],
    ['statusListIndex', 'a fractional status-list index', { statusListIndex: 1.5 }],
    ['documentId', 'no document id', { documentId: undefined }],
    ['pathwayId', 'a field the command does not have', { pathwayId: 'p-1' }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordTitleAward({ ...titleAward().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

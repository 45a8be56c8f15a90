import { CANDIDATE, ccsAward, decided, documentsSpec, on, TSGERI } from '../spec-support/documents-fixtures';
import { parseRecordCcsAward } from './record-ccs-award.command';

describe('RecordCcsAward (decider)', () => {
  it('issues the parchemin of the CCS, by the region whose jury decided, holding no CCP', () => {
    const result = documentsSpec.given([]).when(ccsAward(), on('2026-02-12'));
    expect(result).toMatchObject({
      ok: true,
      value: [
        {
          type: 'ParchmentIssued',
          data: {
            documentId: 'doc-ccs',
            decisionId: 'd-ccs',
            achievement: { kind: 'ccs', titleCode: TSGERI, ccsCode: 'CCS1' },
            ccpCodes: [],
            issuerRegion: 'bre',
            decidedOn: '2026-02-10',
            issuedOn: '2026-02-12',
            statusListIndex: 12,
            rulebookId: 'seed-2009',
          },
        },
      ],
    });
    expect(result.ok && result.value[0]?.type === 'ParchmentIssued' && result.value[0].data.ruleApplications.map((each) => [each.ruleId, each.passed])).toEqual([
      ['PARCHMENT', true],
      ['ISSUER', true],
    ]);
    expect(documentsSpec.given(result.ok ? result.value : []).state().ccpsHeld).toEqual([]);
  });

  it('is idempotent per decision id', () => {
    const history = decided([], ccsAward(), '2026-02-12');
    expect(documentsSpec.given(history).when(ccsAward({ documentId: 'doc-again' }), on('2026-02-13'))).toEqual({ ok: true, value: [] });
  });
});

describe('RecordCcsAward of another region (ISSUER: only the region whose jury decided issues)', () => {
  // In the deployment of idf, a CCS bre's jury awarded.
  const breCcs = ccsAward({ issuingRegion: 'idf' });

  it('in idf, a CCS bre awarded issues no parchemin and holds no CCP: the decision is only taken, so that a redelivery decides nothing', () => {
    const held = decided([], breCcs, '2026-02-12');
    expect(held).toEqual([
      {
        type: 'AwardHeldFromOtherRegion',
        data: { candidateId: CANDIDATE, decisionId: 'd-ccs', sessionId: 's-ccs', region: 'bre', titleCode: TSGERI, ccpCodes: [], ccsCode: 'CCS1', decidedOn: '2026-02-10', recordedOn: '2026-02-12' },
      },
    ]);
    expect(documentsSpec.given(held).state()).toMatchObject({ documents: [], ccpsHeld: [], decisionIds: ['d-ccs'] });
    expect(documentsSpec.given(held).when(ccsAward({ issuingRegion: 'idf', documentId: 'doc-again' }), on('2026-02-13'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordCcsAward', () => {
  it.each([
    ['ccsCode', 'no CCS', { ccsCode: undefined }],
    ['issuingRegion', "no deployment's region", { issuingRegion: undefined }],
    ['ccsCode', 'a CCS code in lower case', { ccsCode: 'ccs1' }],
    ['ccpCodes', 'CCPs, which a CCS award does not carry', { ccpCodes: ['CCP1'] }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordCcsAward({ ...ccsAward().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

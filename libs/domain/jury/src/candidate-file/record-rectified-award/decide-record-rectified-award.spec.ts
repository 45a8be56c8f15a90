import { awardRecorded, awardRectified, CANDIDATE, ccpsAwarded, fileSpec, on, source, TSGERI, TSGERI_CCPS } from '../../spec-support/candidate-file-fixtures';
import type { RecordRectifiedAward, RecordRectifiedAwardData } from './record-rectified-award.command';
import { parseRecordRectifiedAward } from './record-rectified-award.command';

const command = (overrides: Partial<RecordRectifiedAwardData> = {}): RecordRectifiedAward => ({
  type: 'RecordRectifiedAward',
  data: {
    candidateId: CANDIDATE,
    source: source('e-rectified'),
    decisionId: 'd-1',
    sessionId: 's-1',
    region: 'idf',
    titleCode: TSGERI,
    award: { kind: 'ccps', ccpCodes: ['CCP1', 'CCP2'] },
    awardedOn: '2021-03-10',
    ...overrides,
  },
});

const held = (history: Parameters<typeof fileSpec.given>[0]) => {
  const state = fileSpec.given(history).state();
  return { ccps: state.ccpsHeld.map((ccp) => `${ccp.ccpCode}@${ccp.decisionId}`), titles: state.titlesHeld.map((title) => `${title.titleCode}@${title.decisionId}`) };
};

describe('RecordRectifiedAward (decider)', () => {
  it('records the rectification', () => {
    expect(fileSpec.given([ccpsAwarded(['CCP1'])]).when(command(), on('2025-01-10'))).toEqual({
      ok: true,
      value: [{ type: 'AwardRectified', data: { ...command().data, recordedOn: '2025-01-10' } }],
    });
  });

  it("replaces the decision's holdings, leaving other decisions' alone", () => {
    const history = [ccpsAwarded(['CCP1'], { decisionId: 'd-1' }), ccpsAwarded(['CCP3'], { decisionId: 'd-3', awardedOn: '2022-01-01' })];
    expect(held([...history, awardRectified({ kind: 'ccps', ccpCodes: ['CCP2'] }, { decisionId: 'd-1' })])).toEqual({ ccps: ['CCP3@d-3', 'CCP2@d-1'], titles: [] });
  });

  it('takes back a title and its CCPs when the decision now awards nothing', () => {
    const history = [awardRecorded({ kind: 'title', ccpCodes: [...TSGERI_CCPS] }, { decisionId: 'd-1' }), awardRectified({ kind: 'none' }, { decisionId: 'd-1' })];
    expect(held(history)).toEqual({ ccps: [], titles: [] });
  });

  it('a rectification that overtook its award stands: the award arriving later decides nothing', () => {
    const history = [awardRectified({ kind: 'ccps', ccpCodes: ['CCP2'] }, { decisionId: 'd-1' })];
    const late = { type: 'RecordAward' as const, data: { ...command().data, source: source('e-late'), award: { kind: 'ccps' as const, ccpCodes: ['CCP1'] } } };
    expect(fileSpec.given(history).when(late, on('2025-01-11'))).toEqual({ ok: true, value: [] });
    expect(held(history)).toEqual({ ccps: ['CCP2@d-1'], titles: [] });
  });

  it('accepts `none` as the new award, and refuses malformed data', () => {
    expect(parseRecordRectifiedAward({ ...command().data, award: { kind: 'none' } })).toMatchObject({ ok: true, value: { data: { award: { kind: 'none' } } } });
    expect(parseRecordRectifiedAward({ ...command().data, award: { kind: 'none', ccpCodes: [] } })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'award.ccpCodes' } });
  });
});

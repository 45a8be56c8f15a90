import { candidateFileFacts } from '../candidate-file-facts-of';
import { awardRecorded, CANDIDATE, ccpsAwarded, fileSpec, on, OTHER_CCS, OTHER_TITLE, source, TSGERI, TSGERI_CCPS } from '../../spec-support/candidate-file-fixtures';
import type { RecordAward, RecordAwardData } from './record-award.command';
import { parseRecordAward } from './record-award.command';

const command = (overrides: Partial<RecordAwardData> = {}): RecordAward => ({
  type: 'RecordAward',
  data: {
    candidateId: CANDIDATE,
    source: source('e-title-awarded', 'bre'),
    decisionId: 'd-2',
    sessionId: 's-2',
    region: 'bre',
    titleCode: TSGERI,
    award: { kind: 'title', ccpCodes: [...TSGERI_CCPS] },
    awardedOn: '2025-06-20',
    ...overrides,
  },
});

const origin = { region: 'bre', sessionId: 's-2', decisionId: 'd-2' };

describe('RecordAward (decider)', () => {
  it("records a jury's award, from any region", () => {
    expect(fileSpec.given([]).when(command(), on('2025-06-21'))).toEqual({ ok: true, value: [{ type: 'AwardRecorded', data: { ...command().data, recordedOn: '2025-06-21' } }] });
  });

  it('a title award adds the title and its CCPs, keeping a CCP already held as first obtained', () => {
    const earlier = ccpsAwarded(['CCP1'], { decisionId: 'd-1', awardedOn: '2024-01-15' });
    const decided = fileSpec.given([earlier]).when(command(), on('2025-06-21'));
    if (!decided.ok) throw new Error(decided.error.message);
    const facts = candidateFileFacts(fileSpec.given([earlier, ...decided.value]).state());
    expect(facts.titlesHeld).toEqual([{ titleCode: TSGERI, awardedOn: '2025-06-20', ...origin }]);
    expect(facts.ccpsHeld).toEqual([
      { titleCode: TSGERI, ccpCode: 'CCP1', obtainedOn: '2024-01-15', region: 'idf', sessionId: 's-1', decisionId: 'd-1' },
      { titleCode: TSGERI, ccpCode: 'CCP2', obtainedOn: '2025-06-20', ...origin },
      { titleCode: TSGERI, ccpCode: 'CCP3', obtainedOn: '2025-06-20', ...origin },
    ]);
  });

  it('a CCS award adds the CCS of its title', () => {
    const state = fileSpec.given([awardRecorded({ kind: 'ccs', ccsCode: OTHER_CCS }, { titleCode: OTHER_TITLE, awardedOn: '2025-09-01' })]).state();
    expect(state.ccssHeld).toEqual([{ titleCode: OTHER_TITLE, ccsCode: OTHER_CCS, awardedOn: '2025-09-01', region: 'idf', sessionId: 's-1', decisionId: 'd-1' }]);
    expect(state.ccpsHeld).toEqual([]);
  });

  it('decides nothing for a decision already recorded, whichever event brings it again', () => {
    const history = [awardRecorded({ kind: 'title', ccpCodes: [...TSGERI_CCPS] }, { decisionId: 'd-2' })];
    expect(fileSpec.given(history).when(command({ source: source('e-another-envelope') }), on('2025-06-22'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordAward', () => {
  it.each([
    ['award.ccpCodes', 'a CCP award of no CCP', { award: { kind: 'ccps', ccpCodes: [] } }],
    ['award.ccpCodes', 'a CCP named twice', { award: { kind: 'ccps', ccpCodes: ['CCP1', 'CCP1'] } }],
    ['award.kind', 'an award of nothing (only a rectification takes one back)', { award: { kind: 'none' } }],
    ['award.ccsCode', 'a CCS without code', { award: { kind: 'ccs' } }],
    ['awardedOn', 'a day that does not exist', { awardedOn: '2025-02-29' }],
    ['decisionId', 'no decision', { decisionId: undefined }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordAward({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

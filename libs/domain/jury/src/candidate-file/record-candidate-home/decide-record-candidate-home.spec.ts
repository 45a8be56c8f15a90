import { CANDIDATE, fileSpec, homeRecorded, on, source } from '../../spec-support/candidate-file-fixtures';
import type { RecordCandidateHome, RecordCandidateHomeData } from './record-candidate-home.command';
import { parseRecordCandidateHome } from './record-candidate-home.command';

const command = (overrides: Partial<RecordCandidateHomeData> = {}): RecordCandidateHome => ({
  type: 'RecordCandidateHome',
  data: { candidateId: CANDIDATE, source: source('e-registered'), region: 'idf', ...overrides },
});

describe('RecordCandidateHome (decider)', () => {
  it("records the region holding the file, with the consumed event's id, dated by the decision day", () => {
    expect(fileSpec.given([]).when(command(), on('2025-01-02'))).toEqual({
      ok: true,
      value: [{ type: 'CandidateHomeRecorded', data: { candidateId: CANDIDATE, source: { eventId: 'e-registered', region: 'idf' }, region: 'idf', recordedOn: '2025-01-02' } }],
    });
  });

  it('records a handover to another region, which then holds the file', () => {
    const handedOver = command({ source: source('e-handed-over'), region: 'bre' });
    expect(fileSpec.given([homeRecorded('idf')]).when(handedOver, on('2025-07-01'))).toMatchObject({ ok: true, value: [{ data: { region: 'bre' } }] });
    expect(fileSpec.given([homeRecorded('idf'), homeRecorded('bre', 'e-handed-over')]).state()).toMatchObject({ candidateId: CANDIDATE, homeRegion: 'bre' });
  });

  it('decides nothing for the region already holding the file', () => {
    expect(fileSpec.given([homeRecorded('idf')]).when(command({ source: source('e-other') }), on('2025-01-03'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordCandidateHome', () => {
  it.each([
    ['region', { region: 'Bretagne' }],
    ['source', { source: undefined }],
    ['source.eventId', { source: { eventId: 'not an id', region: 'idf' } }],
    ['source.extra', { source: { eventId: 'e-1', region: 'idf', extra: 1 } }],
    ['candidateId', { candidateId: '' }],
  ])('refuses malformed data, naming %s', (field, overrides) => {
    expect(parseRecordCandidateHome({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

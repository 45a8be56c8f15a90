import { CANDIDATE, ecfItem, fileSpec, on, pathwayRecorded, source, statusRecorded } from '../../spec-support/candidate-file-fixtures';
import type { RecordEvidenceStatus, RecordEvidenceStatusData } from './record-evidence-status.command';
import { parseRecordEvidenceStatus } from './record-evidence-status.command';

const command = (overrides: Partial<RecordEvidenceStatusData> = {}): RecordEvidenceStatus => ({
  type: 'RecordEvidenceStatus',
  data: {
    candidateId: CANDIDATE,
    source: source('e-completeness'),
    pathwayId: 'p-1',
    rulebookId: 'seed-2009',
    ruleIds: ['EVIDENCE-CONTINUOUS'],
    complete: false,
    present: [ecfItem('CCP1'), ecfItem('CCP3')],
    missing: [ecfItem('CCP2')],
    ...overrides,
  },
});

describe('RecordEvidenceStatus (decider)', () => {
  it("records the evaluation's judgement of the pathway's evidence", () => {
    expect(fileSpec.given([pathwayRecorded()]).when(command(), on('2025-03-02'))).toEqual({
      ok: true,
      value: [
        {
          type: 'EvidenceStatusRecorded',
          data: { ...command().data, recordedOn: '2025-03-02' },
        },
      ],
    });
  });

  it('keeps the latest judgement per pathway only', () => {
    const state = fileSpec.given([pathwayRecorded(), statusRecorded(['CCP2']), statusRecorded(['CCP2', 'CCP3'], 'p-2', 'e-other'), statusRecorded([], 'p-1', 'e-complete')]).state();
    expect(state.evidenceStatus.map((status) => [status.pathwayId, status.complete, status.source.eventId])).toEqual([
      ['p-2', false, 'e-other'],
      ['p-1', true, 'e-complete'],
    ]);
  });

  it('decides nothing for the same judgement again', () => {
    expect(fileSpec.given([pathwayRecorded(), statusRecorded(['CCP2'])]).when(command(), on('2025-03-03'))).toEqual({ ok: true, value: [] });
  });

  it("records a judgement about a pathway the registry's event has not brought yet (the evaluation's topic may overtake it)", () => {
    expect(fileSpec.given([]).when(command({ pathwayId: 'p-early' }), on('2025-03-02'))).toMatchObject({ ok: true, value: [{ type: 'EvidenceStatusRecorded', data: { pathwayId: 'p-early' } }] });
  });
});

describe('parseRecordEvidenceStatus', () => {
  it.each([
    ['complete', 'complete while something is missing', { complete: true }],
    ['complete', 'incomplete while nothing is missing', { missing: [] }],
    ['ruleIds[0]', 'a rule that does not exist', { ruleIds: ['EVIDENCE-EVERYTHING'] }],
    ['ruleIds', 'no rule', { ruleIds: [] }],
    ['missing[0].en', 'an item without English', { missing: [{ key: 'ecf:CCP2', fr: 'ECF pour CCP2' }] }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordEvidenceStatus({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});

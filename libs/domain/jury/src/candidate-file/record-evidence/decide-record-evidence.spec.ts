import { candidateFileFacts } from '../candidate-file-facts-of';
import { CANDIDATE, ecfRecorded, fileSpec, on, pathwayRecorded, source } from '../../spec-support/candidate-file-fixtures';
import type { RecordEvidence, RecordEvidenceData } from './record-evidence.command';
import { parseRecordEvidence } from './record-evidence.command';

const command = (overrides: Partial<RecordEvidenceData> = {}): RecordEvidence => ({
  type: 'RecordEvidence',
  data: {
    candidateId: CANDIDATE,
    source: source('e-pair'),
    pathwayId: 'p-1',
    kind: 'ccp-pair-assessment',
    ccpCode: 'CCP1',
    ccsCode: null,
    referenceId: 'e-pair',
    sha256s: [],
    assessorIds: ['a-pro', 'a-trainer'],
    passed: true,
    on: '2025-05-19',
    ...overrides,
  },
});

describe('RecordEvidence (decider)', () => {
  it('records the piece of evidence: ids, hashes, assessors and outcome', () => {
    expect(fileSpec.given([pathwayRecorded('discontinuous-training')]).when(command(), on('2025-05-20'))).toEqual({
      ok: true,
      value: [{ type: 'EvidenceRecorded', data: { ...command().data, recordedOn: '2025-05-20' } }],
    });
  });

  it("adds its assessors to the file's assessors, each once", () => {
    const state = fileSpec.given([pathwayRecorded(), ecfRecorded('CCP1', 'a-trainer'), ecfRecorded('CCP2', 'a-trainer'), ecfRecorded('CCP3', 'a-other')]).state();
    expect(candidateFileFacts(state).assessorIds).toEqual(['a-trainer', 'a-other']);
    expect(state.evidenceRecords.map((record) => record.referenceId)).toEqual(['ecf-CCP1', 'ecf-CCP2', 'ecf-CCP3']);
  });

  it('decides nothing for the same piece again (pathway, kind and reference)', () => {
    const again = command({ source: source('e-redelivered'), kind: 'training-evaluation', referenceId: 'ecf-CCP1', assessorIds: ['a-trainer'] });
    expect(fileSpec.given([pathwayRecorded(), ecfRecorded('CCP1')]).when(again, on('2025-03-03'))).toEqual({ ok: true, value: [] });
  });

  it('records a DSPP with its documents’ hashes, about no single CCP', () => {
    const dspp = command({ source: source('e-dspp'), kind: 'dspp', ccpCode: null, referenceId: 'dspp-1', sha256s: ['a'.repeat(64), 'b'.repeat(64)], assessorIds: [], passed: null });
    expect(fileSpec.given([pathwayRecorded()]).when(dspp, on('2025-04-01'))).toMatchObject({ ok: true, value: [{ data: { kind: 'dspp', sha256s: ['a'.repeat(64), 'b'.repeat(64)] } }] });
  });
});

describe('parseRecordEvidence', () => {
  it.each([
    ['ccpCode', 'a pair assessment about no CCP', { ccpCode: null }],
    ['ccsCode', 'a CCS on an ECF', { kind: 'training-evaluation', ccpCode: null, ccsCode: 'CCS1' }],
    ['ccsCode', 'a CCS and a CCP at once', { kind: 'practical-assessment', ccsCode: 'CCS1' }],
    ['sha256s[0]', 'a hash that is no SHA-256', { sha256s: ['abc'] }],
    ['assessorIds', 'an assessor named twice', { assessorIds: ['a-1', 'a-1'] }],
    ['kind', 'an unknown kind', { kind: 'interview' }],
    ['on', 'a day that does not exist', { on: '2025-13-01' }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRecordEvidence({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it('accepts a practical assessment of a CCS', () => {
    expect(parseRecordEvidence({ ...command().data, kind: 'practical-assessment', ccpCode: null, ccsCode: 'CCS1' })).toMatchObject({ ok: true });
  });
});

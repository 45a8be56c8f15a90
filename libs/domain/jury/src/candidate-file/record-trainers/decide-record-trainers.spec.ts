import { candidateFileFacts } from '../candidate-file-facts-of';
import { CANDIDATE, ecfRecorded, fileSpec, on, pathwayRecorded, source, trainersRecorded } from '../../spec-support/candidate-file-fixtures';
import type { RecordTrainers } from './record-trainers.command';
import { parseRecordTrainers } from './record-trainers.command';

const command = (trainerIds: readonly string[], eventId = 'e-trainers-changed'): RecordTrainers => ({
  type: 'RecordTrainers',
  data: { candidateId: CANDIDATE, source: source(eventId), trainerIds },
});

describe('RecordTrainers (decider)', () => {
  it("records the evaluation's current trainer list", () => {
    expect(fileSpec.given([pathwayRecorded()]).when(command(['t-1', 't-2']), on('2025-02-14'))).toEqual({
      ok: true,
      value: [{ type: 'TrainersRecorded', data: { candidateId: CANDIDATE, source: source('e-trainers-changed'), trainerIds: ['t-1', 't-2'], recordedOn: '2025-02-14' } }],
    });
  });

  it("makes the file's assessors the latest trainers and every assessor of recorded evidence", () => {
    const history = [pathwayRecorded(), trainersRecorded(['t-1', 't-2']), ecfRecorded('CCP1', 't-2'), ecfRecorded('CCP2', 'a-pro'), trainersRecorded(['t-3'], 'e-trainers-2')];
    expect(candidateFileFacts(fileSpec.given(history).state()).assessorIds).toEqual(['t-3', 't-2', 'a-pro']);
  });

  it('decides nothing for the list the file holds, in any order', () => {
    expect(fileSpec.given([trainersRecorded(['t-1', 't-2'])]).when(command(['t-2', 't-1']), on('2025-02-15'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([]).when(command([]), on('2025-02-15'))).toEqual({ ok: true, value: [] });
  });

  it('refuses a trainer named twice', () => {
    expect(parseRecordTrainers(command(['t-1', 't-1']).data)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'trainerIds' } });
  });
});

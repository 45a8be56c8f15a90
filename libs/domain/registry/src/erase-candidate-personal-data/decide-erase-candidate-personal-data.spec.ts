import { candidateEvents } from '../events/candidate-event-catalogue';
import { CANDIDATE, erased, on, pathwayOpened, registered, spec } from '../spec-support/candidate-fixtures';
import type { EraseCandidatePersonalData } from './erase-candidate-personal-data.command';

const erase = (actingRegion = 'idf'): EraseCandidatePersonalData => ({ type: 'EraseCandidatePersonalData', data: { candidateId: CANDIDATE, actingRegion } });

describe('EraseCandidatePersonalData (decider)', () => {
  it('records the erasure, with no personal data in the event', () => {
    const result = spec.given([registered(), pathwayOpened('p-1')]).when(erase(), on('2025-03-10'));
    expect(result).toEqual({ ok: true, value: [{ type: 'CandidatePersonalDataErased', data: { candidateId: CANDIDATE, erasedOn: '2025-03-10' } }] });
    expect(result.ok && result.value.map((event) => candidateEvents.storageOf(event))).toEqual([{ schemaVersion: 1 }]);
  });

  it('closes the file: later commands are refused', () => {
    const history = [registered(), pathwayOpened('p-1'), erased()];
    expect(spec.given(history).state()).toMatchObject({ status: 'erased', erasedOn: '2024-08-01', pathways: [{ pathwayId: 'p-1' }] });
    expect(spec.given(history).when({ type: 'WithdrawPathway', data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1' } }, on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate ${CANDIDATE}'s personal data was erased on 2024-08-01; the file is closed` },
    });
  });

  it('answers a second erasure with no new event', () => {
    expect(spec.given([registered(), erased()]).when(erase(), on('2025-03-10'))).toEqual({ ok: true, value: [] });
  });

  it('refuses to erase an unknown candidate, or for another region', () => {
    expect(spec.given([]).when(erase(), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'candidate' } });
    expect(spec.given([registered()]).when(erase('ara'), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

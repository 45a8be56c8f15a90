import { CANDIDATE, factSpec, on, pathwayRecorded, withdrawalRecorded } from '../spec-support/evaluation-fixtures';
import type { RecordHandover } from './record-handover.command';
import { parseRecordHandover } from './record-handover.command';

const command = (fromRegion = 'idf', toRegion = 'bre'): RecordHandover => ({ type: 'RecordHandover', data: { candidateId: CANDIDATE, fromRegion, toRegion } });

describe('RecordHandover (decider)', () => {
  it("moves the old home region's open pathways to the new one", () => {
    const decided = factSpec.given([pathwayRecorded()]).when(command(), on('2025-06-01'));
    expect(decided).toMatchObject({ ok: true, value: [{ type: 'HandoverRecorded', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'bre', recordedOn: '2025-06-01' } }] });
    const handedOver = decided.ok ? decided.value.filter((event) => event.type === 'HandoverRecorded') : [];
    expect(factSpec.given([pathwayRecorded(), ...handedOver]).state()).toMatchObject({ pathways: [{ region: 'bre', status: 'open' }] });
  });

  it('decides nothing for a candidate never evaluated here, a withdrawn pathway, or a redelivery', () => {
    expect(factSpec.given([]).when(command(), on('2025-06-01'))).toEqual({ ok: true, value: [] });
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command(), on('2025-06-01'))).toEqual({ ok: true, value: [] });
    expect(factSpec.given([pathwayRecorded()]).when(command('ara', 'bre'), on('2025-06-01'))).toEqual({ ok: true, value: [] });
  });

  it('refuses invalid input, naming the field', () => {
    expect(parseRecordHandover({ candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'Bretagne' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'toRegion' } });
  });
});

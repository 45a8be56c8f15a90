import { CANDIDATE, factSpec, on, pathwayRecorded, TSGERI, withdrawalRecorded } from '../spec-support/evaluation-fixtures';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal.command';
import { parseRecordPathwayWithdrawal } from './record-pathway-withdrawal.command';

const command = (pathwayId = 'p-1'): RecordPathwayWithdrawal => ({ type: 'RecordPathwayWithdrawal', data: { candidateId: CANDIDATE, pathwayId } });

describe('RecordPathwayWithdrawal (decider)', () => {
  it("records the registry's withdrawal", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(), on('2025-05-01'))).toEqual({
      ok: true,
      value: [{ type: 'PathwayWithdrawalRecorded', data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: TSGERI, recordedOn: '2025-05-01' } }],
    });
  });

  it('leads to a withdrawn pathway', () => {
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).state()).toMatchObject({ pathways: [{ status: 'withdrawn', withdrawnOn: '2025-05-01' }] });
  });

  it('decides nothing on a redelivery', () => {
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command(), on('2025-05-02'))).toEqual({ ok: true, value: [] });
  });

  it('refuses an unknown pathway', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command('p-9'), on('2025-05-01'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway', id: 'p-9' } });
    expect(factSpec.given([]).when(command(), on('2025-05-01'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway', id: 'p-1' } });
  });

  it('refuses invalid input, naming pathwayId', () => {
    expect(parseRecordPathwayWithdrawal({ candidateId: CANDIDATE, pathwayId: 'p/1' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'pathwayId' } });
  });
});

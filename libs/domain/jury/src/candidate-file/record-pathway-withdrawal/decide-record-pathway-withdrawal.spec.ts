import { CANDIDATE, fileSpec, on, pathwayRecorded, source, TSGERI, withdrawalRecorded } from '../../spec-support/candidate-file-fixtures';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal.command';
import { parseRecordPathwayWithdrawal } from './record-pathway-withdrawal.command';

const command = (pathwayId = 'p-1', eventId = 'e-withdrawn'): RecordPathwayWithdrawal => ({
  type: 'RecordPathwayWithdrawal',
  data: { candidateId: CANDIDATE, source: source(eventId), pathwayId },
});

describe('RecordPathwayWithdrawal (decider)', () => {
  it("records the withdrawal, with the pathway's title, and the pathway is withdrawn", () => {
    expect(fileSpec.given([pathwayRecorded()]).when(command(), on('2025-03-01'))).toEqual({
      ok: true,
      value: [{ type: 'PathwayWithdrawalRecorded', data: { candidateId: CANDIDATE, source: source('e-withdrawn'), pathwayId: 'p-1', titleCode: TSGERI, recordedOn: '2025-03-01' } }],
    });
    expect(fileSpec.given([pathwayRecorded(), withdrawalRecorded()]).state().pathways).toMatchObject([{ pathwayId: 'p-1', status: 'withdrawn' }]);
  });

  it('decides nothing for a pathway the file does not know, or already withdrawn', () => {
    expect(fileSpec.given([pathwayRecorded()]).when(command('p-9'), on('2025-03-01'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command('p-1', 'e-again'), on('2025-03-02'))).toEqual({ ok: true, value: [] });
  });

  it('refuses malformed data, naming the field', () => {
    expect(parseRecordPathwayWithdrawal({ ...command().data, pathwayId: null })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'pathwayId' } });
  });
});

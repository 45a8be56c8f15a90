import type { WithdrawPathway } from '../withdraw-pathway/withdraw-pathway.command';
import { CANDIDATE, on, pathwayOpened, registered, spec, transferred } from '../spec-support/candidate-fixtures';
import type { TransferRegion } from './transfer-region.command';

const transfer = (toRegion: string, actingRegion = 'idf'): TransferRegion => ({ type: 'TransferRegion', data: { candidateId: CANDIDATE, actingRegion, toRegion } });
const withdraw = (actingRegion: string): WithdrawPathway => ({ type: 'WithdrawPathway', data: { candidateId: CANDIDATE, actingRegion, pathwayId: 'p-1' } });

describe('TransferRegion (decider)', () => {
  it('moves the candidate to another region', () => {
    expect(spec.given([registered()]).when(transfer('ara'), on('2025-03-10'))).toEqual({
      ok: true,
      value: [{ type: 'CandidateTransferred', data: { candidateId: CANDIDATE, fromRegion: 'idf', toRegion: 'ara', transferredOn: '2025-03-10' } }],
    });
  });

  it('only offers the file: until the receiving region accepts, the file stays and the home region still acts', () => {
    const history = [registered(), pathwayOpened('p-1'), transferred('ara')];
    expect(spec.given(history).state()).toMatchObject({ region: 'idf', outgoingTransfer: { toRegion: 'ara' }, pathways: [{ pathwayId: 'p-1', status: 'open' }] });
    expect(spec.given(history).when(withdraw('idf'), on('2025-03-10')).ok).toBe(true);
    expect(spec.given(history).when(withdraw('ara'), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'forbidden', message: expect.stringContaining('home region is idf') } });
  });

  it('refuses a second offer while one awaits its answer', () => {
    expect(spec.given([registered(), transferred('ara')]).when(transfer('bre'), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate ${CANDIDATE}'s transfer to region ara, asked on 2024-07-01, awaits its answer` },
    });
  });

  it('refuses a transfer to the region the candidate is already in', () => {
    expect(spec.given([registered()]).when(transfer('idf'), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate ${CANDIDATE} is already in region idf` },
    });
  });

  it('refuses a transfer asked by another region, as forbidden, naming the home region', () => {
    expect(spec.given([registered()]).when(transfer('bre', 'ara'), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: `candidate ${CANDIDATE}'s home region is idf; region ara may not act for them` },
    });
  });
});

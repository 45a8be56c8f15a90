import { CANDIDATE, on, pathwayOpened, registered, spec, TSGERI, withdrawn } from '../spec-support/candidate-fixtures';
import type { WithdrawPathway } from './withdraw-pathway.command';

const command = (pathwayId = 'p-1'): WithdrawPathway => ({ type: 'WithdrawPathway', data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId } });

describe('WithdrawPathway (decider)', () => {
  it('withdraws an open pathway', () => {
    expect(spec.given([registered(), pathwayOpened('p-1')]).when(command(), on('2025-03-10'))).toEqual({
      ok: true,
      value: [{ type: 'PathwayWithdrawn', data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: TSGERI, withdrawnOn: '2025-03-10' } }],
    });
  });

  it('leads to a withdrawn pathway, kept in the history', () => {
    expect(spec.given([registered(), pathwayOpened('p-1'), withdrawn('p-1')]).state()).toMatchObject({
      pathways: [{ pathwayId: 'p-1', status: 'withdrawn', withdrawnOn: '2024-06-01' }],
    });
  });

  it('refuses to withdraw a pathway twice', () => {
    expect(spec.given([registered(), pathwayOpened('p-1'), withdrawn('p-1')]).when(command(), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'pathway p-1 was withdrawn on 2024-06-01' },
    });
  });

  it('refuses an unknown pathway', () => {
    expect(spec.given([registered()]).when(command('p-9'), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway', id: 'p-9' } });
  });
});

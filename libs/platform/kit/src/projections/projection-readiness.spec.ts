import { projectionReadiness } from './projection-readiness';
import type { ProjectionStatus } from './projection-runner';

const status = (overrides: Partial<ProjectionStatus>): ProjectionStatus => ({
  projection: 'candidates',
  state: 'leader',
  position: 41,
  parked: 0,
  consecutiveFailures: 0,
  failingForMs: 0,
  ...overrides,
});
const stallMs = 120_000;

describe('projectionReadiness', () => {
  it('is down, naming the projection and its error, when it has failed for the stall time while events wait', async () => {
    const waiting = jest.fn(async () => true);
    const result = await projectionReadiness(status({ consecutiveFailures: 7, failingForMs: 130_000, lastError: 'Error: too many clients already' }), stallMs, waiting);
    expect(result.status).toBe('down');
    expect(result.details?.['message']).toBe('projection candidates has failed for 130 s with events waiting: Error: too many clients already');
    expect(waiting).toHaveBeenCalledWith(41);
  });

  it('is degraded while failing for less than the stall time, or when nothing waits for it', async () => {
    expect((await projectionReadiness(status({ consecutiveFailures: 2, failingForMs: 5_000 }), stallMs, async () => true)).status).toBe('degraded');
    expect((await projectionReadiness(status({ consecutiveFailures: 9, failingForMs: 500_000 }), stallMs, async () => false)).status).toBe('degraded');
  });

  it('is degraded with parked events, and up otherwise', async () => {
    expect((await projectionReadiness(status({ parked: 3 }), stallMs, async () => true)).status).toBe('degraded');
    expect((await projectionReadiness(status({}), stallMs, async () => true)).status).toBe('up');
  });
});

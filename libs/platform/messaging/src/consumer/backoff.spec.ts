import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles after each failure and stops growing at the cap', () => {
    const options = { initialMs: 100, maxMs: 1_000, factor: 2 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, options))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });
});

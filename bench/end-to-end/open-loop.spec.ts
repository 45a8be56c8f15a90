import fc from 'fast-check';
import { arrivalCount, dueOffset, runOpenLoop, type Arrival, type OpenLoopClock } from './open-loop';

/** A clock that moves only when slept on, plus whatever a fired arrival "costs" (a busy event loop). */
const manualClock = () => {
  let now = 1_000;
  const clock: OpenLoopClock & { spend(ms: number): void } = {
    now: () => now,
    sleep: async (ms) => void (now += Math.max(0, ms)),
    spend: (ms) => void (now += ms),
  };
  return { clock };
};

describe('the open-loop schedule', () => {
  it('spaces arrivals 1000 / rate ms apart from the start, 20 s at 25 per second being 500 arrivals', async () => {
    const { clock } = manualClock();
    const fired: Arrival[] = [];
    const run = await runOpenLoop({ rate: 25, durationMs: 20_000, clock, fire: (arrival) => fired.push(arrival) });
    expect(run.arrivals).toBe(500);
    expect(fired).toHaveLength(500);
    expect(fired.slice(1).map((arrival, index) => arrival.dueAt - (fired[index] as Arrival).dueAt)).toEqual(Array(499).fill(40));
    expect(run.maxLagMs).toBe(0);
  });

  it('does not wait for an answer: a slow arrival makes the next ones fire late but keeps their due times and their number', async () => {
    const { clock } = manualClock();
    const fired: Arrival[] = [];
    // The third arrival blocks the event loop for 95 ms (a synchronous burst), as a busy process would.
    const run = await runOpenLoop({
      rate: 100,
      durationMs: 1_000,
      clock,
      fire: (arrival) => {
        fired.push(arrival);
        if (arrival.index === 2) clock.spend(95);
      },
    });
    expect(fired).toHaveLength(100);
    expect(fired.map((arrival) => arrival.dueAt - (fired[0] as Arrival).dueAt)).toEqual(fired.map((_, index) => index * 10));
    // Arrivals 3 to 11 were overdue when the loop came back, 115 ms after the start: they fired together.
    expect(fired.slice(3, 12).every((arrival) => arrival.firedAt === (fired[3] as Arrival).firedAt)).toBe(true);
    expect(run.maxLagMs).toBe(95 + 20 - 30);
  });

  it('fires floor(rate × duration) arrivals, each at or after its due time, in order, for any rate and duration', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 0, max: 30 }), async (rate, durationMs, cost) => {
        const { clock } = manualClock();
        const fired: Arrival[] = [];
        const start = clock.now();
        await runOpenLoop({ rate, durationMs, clock, fire: (arrival) => (fired.push(arrival), clock.spend(cost)) });
        expect(fired).toHaveLength(Math.floor((rate * durationMs) / 1000));
        const misplaced = fired.filter(
          (arrival, index) => arrival.index !== index || Math.abs(arrival.dueAt - (start + dueOffset(rate, index))) > 1e-6 || arrival.firedAt < arrival.dueAt,
        );
        expect(misplaced).toEqual([]);
      }),
      { seed: 23, numRuns: 100 },
    );
  });

  it('refuses a rate or a duration that is not positive', () => {
    expect(() => arrivalCount(0, 1_000)).toThrow(/rate and duration must be positive/);
    expect(() => arrivalCount(10, -1)).toThrow(/rate and duration must be positive/);
  });
});

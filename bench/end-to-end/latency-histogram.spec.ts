import fc from 'fast-check';
import { LatencyHistogram } from './latency-histogram';

/** The nearest-rank percentile of the samples themselves. */
const exactPercentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] as number;
};

const filled = (values: readonly number[]): LatencyHistogram => {
  const histogram = new LatencyHistogram();
  values.forEach((value) => histogram.record(value));
  return histogram;
};

describe('the latency histogram', () => {
  it('gives the nearest-rank percentiles of 1 to 100 ms as 50, 95 and 99 ms, and the exact maximum', () => {
    const histogram = filled(Array.from({ length: 100 }, (_, index) => index + 1));
    const summary = histogram.summary();
    expect(summary.count).toBe(100);
    expect(summary.max).toBe(100);
    expect(summary.p50 / 50).toBeCloseTo(1, 2);
    expect(summary.p95 / 95).toBeCloseTo(1, 2);
    expect(summary.p99 / 99).toBeCloseTo(1, 2);
  });

  it('answers 0 for every percentile when nothing was recorded', () => {
    expect(new LatencyHistogram().summary()).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it('keeps a slow tail visible: one sample of 5 s among 99 of 10 ms is the p100, not the p99', () => {
    const histogram = filled([...Array<number>(99).fill(10), 5_000]);
    expect(histogram.percentile(99)).toBeCloseTo(10, 1);
    expect(histogram.percentile(100)).toBe(5_000);
  });

  it('is within 1/128 (or 1 µs) of the exact nearest-rank percentile, for any sample from 0 to 100 s', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100_000, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (values, p) => {
          const exact = exactPercentile(values, p);
          const estimate = filled(values).percentile(p);
          expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(Math.max(exact / 128, 0.001));
        },
      ),
      { seed: 23, numRuns: 300 },
    );
  });
});

import { RssSampler, rssOf } from './memory';

describe('the RSS figures', () => {
  it("reads a running process's resident set, and nothing for a process that is gone", () => {
    expect(rssOf(process.pid)).toBeGreaterThan(1024 * 1024);
    expect(rssOf(2 ** 22 + 1)).toBeUndefined();
  });

  it('keeps the highest total and the highest reading of each process, leaving out those not running', () => {
    const sampler = new RssSampler(() => [
      { name: 'this test', pid: process.pid },
      { name: 'restarting', pid: undefined },
    ]);
    try {
      const [reading] = sampler.sample();
      expect(reading?.name).toBe('this test');
      const peak = sampler.peak();
      expect(Object.keys(peak.byProcess)).toEqual(['this test']);
      expect(peak.totalBytes).toBe(peak.byProcess['this test']);
      expect(peak.totalBytes).toBeGreaterThanOrEqual(reading?.rssBytes ?? Infinity);
    } finally {
      sampler.stop();
    }
  });
});

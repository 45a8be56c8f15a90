import { shadowRebuildProgressLine } from './shadow-rebuild-progress';

const step = { projection: 'tallies', position: 60_000, target: 120_000, events: 60_000, elapsedMs: 10_000, eventsPerSecond: 6_000 } as const;

describe('shadowRebuildProgressLine', () => {
  it('shows how far the new tables are towards the live checkpoint, the rate and the time left', () => {
    expect(shadowRebuildProgressLine({ ...step, phase: 'copying', etaSeconds: 130 })).toBe(
      'tallies [███████████████░░░░░░░░░░░░░░░]  50% 60,000 events 6,000 ev/s ETA 2m10s (copying)',
    );
  });

  it('says the time left is unknown before there is a rate, and the time taken once done', () => {
    expect(shadowRebuildProgressLine({ ...step, phase: 'copying', etaSeconds: null })).toContain('ETA ?');
    expect(shadowRebuildProgressLine({ ...step, phase: 'done', etaSeconds: 0 })).toMatch(/100% .* in 10s \(done\)$/);
  });
});

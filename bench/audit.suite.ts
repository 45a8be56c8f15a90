import { count, markdownTable, ratio, type BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./audit').runAuditBench>>;

const rateOf = (measure: Readonly<Record<string, unknown>>): number | undefined => {
  const value = measure['eventsPerSecond'];
  return typeof value === 'number' ? value : undefined;
};
const ratioOf = (measure: Readonly<Record<string, unknown>>): number | undefined => {
  const value = measure['ratioToRaw'];
  return typeof value === 'number' ? value : undefined;
};

export const suite: BenchSuite<Figures> = {
  name: 'audit',
  order: 70,
  title: 'audit: verify every chain, rebuild a read model, replay a candidate, against raw readAll on the same store',
  run: async () => (require('./audit') as typeof import('./audit')).runAuditBench(),
  render: (figures) =>
    [
      `${count(figures.events)} events (\`BENCH_AUDIT_EVENTS\`), filled at ${count(figures.fill.eventsPerSecond)} events/s; \`${figures.command}\`.`,
      markdownTable(
        ['measure', 'events/s', 'ratio to raw `readAll`'],
        [
          ['raw `readAll`', count(figures.raw.eventsPerSecond), '1'],
          ['`verify` (every chain)', count(rateOf(figures.verify)), ratio(ratioOf(figures.verify), figures.goals.verifyRatio)],
          ['rebuild of `candidate-read-models`', count(rateOf(figures.rebuild)), ratio(ratioOf(figures.rebuild), figures.goals.rebuildRatio)],
        ],
      ),
      `Replay of one candidate: ${JSON.stringify(figures.replay)} (goal < ${figures.goals.replayMs} ms).`,
    ].join('\n\n'),
};

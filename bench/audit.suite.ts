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

/** Where the rebuild's time went, when the run recorded it. */
const rebuildSplit = (rebuild: Readonly<Record<string, unknown>>): string =>
  typeof rebuild['applyingMs'] === 'number'
    ? `Rebuild: pages of ${rebuild['batchSize'] === 'default' ? "the kit's default size" : String(rebuild['batchSize'])}, ${String(rebuild['partitions'])} partition(s); ${count(rebuild['waitingForPagesMs'] as number)} ms waiting for pages of the log, ${count(rebuild['applyingMs'] as number)} ms applying them, of ${count(rebuild['ms'] as number)} ms.`
    : '';

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
      rebuildSplit(figures.rebuild),
      `Replay of one candidate: ${JSON.stringify(figures.replay)} (goal < ${figures.goals.replayMs} ms).`,
    ].join('\n\n'),
};

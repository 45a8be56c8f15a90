import { count, markdownTable, type BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./projection').runProjectionBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'projection',
  order: 50,
  title: 'the kit’s projection runner catching up from an empty checkpoint (one upsert per event)',
  run: async () => (require('./projection') as typeof import('./projection')).runProjectionBench(),
  render: (figures) =>
    markdownTable(
      ['workload', 'events/s (median)', 'rounds'],
      [[`${count(figures.events)} events, ${figures.settings.streams} streams, one upsert each`, count(figures.median), figures.samples.map(count).join(', ')]],
    ),
};

import { runProjectionBench } from './projection';
import { count, markdownTable, type BenchSuite } from './suite';

type Figures = Awaited<ReturnType<typeof runProjectionBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'projection',
  order: 50,
  title: 'the kit’s projection runner catching up from an empty checkpoint (one upsert per event)',
  run: () => runProjectionBench(),
  render: (figures) =>
    markdownTable(
      ['workload', 'events/s (median)', 'rounds'],
      [[`${count(figures.events)} events, ${figures.settings.streams} streams, one upsert each`, count(figures.median), figures.samples.map(count).join(', ')]],
    ),
};

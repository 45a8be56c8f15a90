import type { EventStoreFigures } from './event-store.bench';
import { renderTable } from './event-store-report';
import { ratio, type BenchSuite } from './suite';

const OURS = 'titrepro';

export const suite: BenchSuite<EventStoreFigures> = {
  name: 'event-store',
  order: 10,
  title: 'the event store’s appends, readAll and stream loads against raw pg and Emmett',
  run: async () => (require('./event-store.bench') as typeof import('./event-store.bench')).runEventStoreBench(),
  render: (figures) =>
    [
      `${String(figures.settings['rounds'])} interleaved rounds per append workload (\`BENCH_ROUNDS\`); figures are medians, ratios the median of the per-round ratios (each round runs the contenders back to back).`,
      renderTable(figures.rows, figures.contenders, OURS),
      'Goals:',
      figures.targets.map((target) => `- ${target.workload}, ${OURS} vs ${target.against}: ${ratio(target.ratio, target.minimum)}`).join('\n'),
    ].join('\n\n'),
};

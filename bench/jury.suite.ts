import { stepsTable } from './steps-table';
import type { BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./jury').runJuryBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'jury',
  order: 40,
  title: 'jury: a validation session’s commands as its stream grows (every command re-reads the session)',
  run: async () => (require('./jury') as typeof import('./jury')).runJuryBench(),
  render: (figures) =>
    `One session of ${figures.candidates} candidates (\`BENCH_JURY_CANDIDATES\`): ${figures.sessionEvents} events, ${figures.sessionStreamKiB} KiB in its stream.\n\n${stepsTable(figures.steps)}`,
};

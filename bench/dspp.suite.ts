import { stepsTable } from './steps-table';
import type { BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./dspp').runDsppBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'dspp',
  order: 30,
  title: 'evaluation: a DSPP document detected, sealed and stored, read and unsealed',
  run: async () => (require('./dspp') as typeof import('./dspp')).runDsppBench(),
  render: (figures) => `${figures.documents} documents of ${figures.mebibytesEach} MiB (\`BENCH_DSPP_DOCUMENTS\`, \`BENCH_DSPP_MIB\`).\n\n${stepsTable(figures.steps)}`,
};

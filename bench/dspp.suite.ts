import { runDsppBench } from './dspp';
import { stepsTable } from './steps-table';
import type { BenchSuite } from './suite';

type Figures = Awaited<ReturnType<typeof runDsppBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'dspp',
  order: 30,
  title: 'evaluation: a DSPP document detected, sealed and stored, read and unsealed',
  run: () => runDsppBench(),
  render: (figures) => `${figures.documents} documents of ${figures.mebibytesEach} MiB (\`BENCH_DSPP_DOCUMENTS\`, \`BENCH_DSPP_MIB\`).\n\n${stepsTable(figures.steps)}`,
};

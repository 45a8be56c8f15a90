import { stepsTable } from './steps-table';
import type { BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./issuance').runIssuanceBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'issuance',
  order: 60,
  title: 'issuance: a parchemin’s credential signed, its PDF/A-3 rendered, the credential verified',
  run: async () => (require('./issuance') as typeof import('./issuance')).runIssuanceBench(),
  render: (figures) => `${figures.documents} parchemins (\`BENCH_ISSUANCE_DOCUMENTS\`), PDF of ${figures.pdfKiB} KiB.\n\n${stepsTable(figures.steps)}`,
};

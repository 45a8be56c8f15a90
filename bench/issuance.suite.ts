import { runIssuanceBench } from './issuance';
import { stepsTable } from './steps-table';
import type { BenchSuite } from './suite';

type Figures = Awaited<ReturnType<typeof runIssuanceBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'issuance',
  order: 60,
  title: 'issuance: a parchemin’s credential signed, its PDF/A-3 rendered, the credential verified',
  run: () => runIssuanceBench(),
  render: (figures) => `${figures.documents} parchemins (\`BENCH_ISSUANCE_DOCUMENTS\`), PDF of ${figures.pdfKiB} KiB.\n\n${stepsTable(figures.steps)}`,
};

import { renderEndToEnd } from './end-to-end-report';
import { runEndToEndBench, type EndToEndFigures } from './end-to-end/run-end-to-end';
import type { BenchSuite } from './suite';

export const suite: BenchSuite<EndToEndFigures> = {
  name: 'end-to-end',
  order: 90,
  title: "the whole path under an open-loop load of the demo's mix, both regions' built services, against the floor",
  run: (context) => runEndToEndBench(context),
  render: renderEndToEnd,
};

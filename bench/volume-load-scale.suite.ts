import { count, markdownTable, type BenchSuite } from './suite';
import type { loadAtScale } from './volume-load-scale';
import { SERVICES } from './volume-services';

type Figures = Awaited<ReturnType<typeof loadAtScale>> & { readonly goal: number };

const verdict = (value: number | null, goal: number): string => `**${value?.toFixed(2) ?? 'n/a'}** ${value !== null && value < goal ? '✔' : '✘'} (< ${goal})`;

export const suite: BenchSuite<Figures> = {
  name: 'volume-load-scale',
  order: 81,
  title: "volume, load at scale: one candidate's state loaded from a store grown to 10⁷ events (`--load-scale 1e7`)",
  // Loaded only to run: rebuilding RESULTS.md renders this suite without loading the deciders.
  run: async (context) => ({ ...(await (require('./volume-load-scale') as typeof import('./volume-load-scale')).loadAtScale(context, context.number('load-scale', 1e6))), goal: 1.5 }),
  render: (figures) =>
    [
      `Candidate c-1 of a session decided through the deciders and written through the append path; the store then grown with filler streams by SQL, ANALYZEd. ` +
        `Largest / smallest load: ${verdict(figures.flatness, figures.goal)}; each divided by the \`SELECT 1\` round trip measured beside it: ${verdict(figures.flatnessPerFloor, figures.goal)}.`,
      markdownTable(
        ['events in the store', 'filled in', 'load ms (4 streams)', '`SELECT 1` ms', 'load / floor', ...SERVICES],
        figures.loads.map((load) => [
          count(load.storeEvents),
          `${load.fillSeconds} s`,
          load.totalMs.toFixed(2),
          load.floorMs.toFixed(3),
          load.perFloor.toFixed(1),
          ...SERVICES.map((service) => `${load.byService[service]?.ms.toFixed(2) ?? 'n/a'} (${load.byService[service]?.events ?? 0} events)`),
        ]),
      ),
    ].join('\n\n'),
};

import { count, markdownTable, ratio, type BenchSuite } from './suite';
import type { VolumeFigures } from './volume';
import type { Rate } from './volume-measures';
import { SERVICES } from './volume-services';

const cut = (rate: Rate): string => (rate.complete ? '' : ' (cut short)');
const verdict = (value: number | null, goal: number): string => (value !== null && value < goal ? '✔' : '✘');
const minutes = (value: number, goal: number): string => `${value.toFixed(1)} min ${value <= goal ? '✔' : '✘'} (≤ ${goal})`;

export const suite: BenchSuite<VolumeFigures> = {
  name: 'volume',
  order: 80,
  title: "volume: a region's decade generated through the deciders, rebuilt, verified and loaded from, against raw readAll",
  // Loaded only to run: rebuilding RESULTS.md renders this suite without loading the deciders.
  run: async (context) => (require('./volume') as typeof import('./volume')).runVolumeBench(context),
  render: (figures) => {
    const { generation, region, goals } = figures;
    return [
      `${count(generation.events)} events generated (${count(figures.requestedEvents)} asked${cut(generation)}): ${count(generation.sessions)} sessions, ${count(generation.candidates)} candidates, ` +
        `${SERVICES.map((service) => `${service} ${count(generation.byService[service])}`).join(', ')}; written at **${count(generation.eventsPerSecond)} events/s** ` +
        `(deciders in memory, then the store's append path, one append per stream, ${generation.concurrency} side by side).`,
      markdownTable(
        ['measure (whole region)', 'events', 'events/s', 'ratio to raw `readAll`', 'a decade (12M events) would take'],
        [
          ['raw `readAll`', count(region.raw.events), count(region.raw.eventsPerSecond), '1', `${region.decadeMinutes.raw.toFixed(1)} min`],
          ['rebuild of every read model', count(region.rebuild.events), count(region.rebuild.eventsPerSecond), ratio(region.rebuild.ratioToRaw), minutes(region.decadeMinutes.rebuild, goals.decadeMinutes)],
          ['`audit verify` of every chain', count(region.verify.events), count(region.verify.eventsPerSecond), ratio(region.verify.ratioToRaw), minutes(region.decadeMinutes.verify, goals.decadeMinutes)],
        ],
      ),
      markdownTable(
        ['store', 'raw events/s', 'verify events/s', 'verify ratio', 'rebuild events/s (read models)', 'rebuild ratio'],
        SERVICES.map((service) => [
          service,
          `${count(figures.raw[service].eventsPerSecond)}${cut(figures.raw[service])}`,
          `${count(figures.verify[service].eventsPerSecond)}${cut(figures.verify[service])}`,
          ratio(figures.verify[service].ratioToRaw),
          `${count(figures.rebuild[service].total.eventsPerSecond)} (${figures.rebuild[service].readModels.map((each) => `${each.projection} ${count(each.eventsPerSecond)}${cut(each)}`).join('; ')})`,
          ratio(figures.rebuild[service].ratioToRaw),
        ]),
      ),
      `Loading candidate c-1's state in the four services (median of 21 loads, ms) as the region grows; largest / smallest = ` +
        `**${figures.loadFlatness?.toFixed(2) ?? 'n/a'}** ${verdict(figures.loadFlatness, goals.loadFlatness)} (< ${goals.loadFlatness})` +
        (figures.loadFlatnessPerFloor === undefined ? ':' : `; each divided by the \`SELECT 1\` round trip measured beside it: **${figures.loadFlatnessPerFloor?.toFixed(2) ?? 'n/a'}** ${verdict(figures.loadFlatnessPerFloor ?? null, goals.loadFlatness)}:`),
      markdownTable(
        ['events in the region', 'total ms', '`SELECT 1` ms', 'load / floor', ...SERVICES],
        figures.loads.map((load) => [
          count(load.events),
          load.totalMs.toFixed(2),
          load.floorMs?.toFixed(3) ?? 'n/a',
          load.perFloor?.toFixed(1) ?? 'n/a',
          ...SERVICES.map((service) => `${load.byService[service]?.ms.toFixed(2) ?? 'n/a'} (${load.byService[service]?.events ?? 0} events)`),
        ]),
      ),
      figures.measureBudgetMinutes === null ? '' : `Each measure was bounded to ${figures.measureBudgetMinutes} min (\`--measure-minutes\`); a rate cut short is the rate over what it did.`,
    ]
      .filter((part) => part.length > 0)
      .join('\n\n');
  },
};

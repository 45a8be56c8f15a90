import { count, markdownTable, ratio, type BenchSuite } from './suite';

/** Its module loads only when it runs: rendering RESULTS.md or running another suite does not pay for it. */
type Figures = Awaited<ReturnType<typeof import('./relay').runRelayBench>>;

export const suite: BenchSuite<Figures> = {
  name: 'relay',
  order: 20,
  title: 'the outbox relay (event store → Kafka) against a raw kafkajs producer on the same messages',
  run: async () => (require('./relay') as typeof import('./relay')).runRelayBench(),
  render: (figures) =>
    [
      markdownTable(
        ['workload', 'raw kafkajs producer', 'relay', 'relay vs raw'],
        [
          [
            `${count(figures.messages)} messages, batches of ${figures.settings.batchSize}, ${figures.settings.partitions} partitions, acks=-1, idempotent`,
            `${count(figures.median.raw)} msg/s`,
            `${count(figures.median.relay)} msg/s`,
            ratio(figures.ratio, figures.target.minimum),
          ],
        ],
      ),
      `${figures.samples.ratios.length} rounds (\`BENCH_RELAY_ROUNDS\`), raw and relay back to back in each, alternating who goes first; the ratio is the median of the per-round ratios: ${figures.samples.ratios.map((value) => `${value.toFixed(2)}×`).join(', ')}.`,
    ].join('\n\n'),
};

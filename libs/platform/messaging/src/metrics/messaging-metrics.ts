import { processorMetricFamilies, RELAY_METRIC_NAMES } from '../processor/processor-metrics';
import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';

// Several relays or consumers may live in one process (and one registry): metrics are shared and
// told apart by labels, so each is created once per registry.
const reuse = <T>(registry: Registry, name: string, create: () => T): T =>
  (registry.getSingleMetric(name) as T | undefined) ?? create();

/** Relay metrics, labelled by relay name: the log processor's four (checkpoint, leader, failures, parked), lag and messages published. */
export const relayMetrics = (registry: Registry = defaultRegistry) => {
  const { position, leader, failures, parked } = processorMetricFamilies(RELAY_METRIC_NAMES, registry);
  return {
    lag: reuse(registry, 'titrepro_relay_lag_events', () =>
      new Gauge({
        name: 'titrepro_relay_lag_events',
        help: 'Events in the event store not yet acknowledged by Kafka (head position minus checkpoint)',
        labelNames: ['relay'],
        registers: [registry],
      }),
    ),
    checkpoint: position,
    published: reuse(registry, 'titrepro_relay_published_messages_total', () =>
      new Counter({
        name: 'titrepro_relay_published_messages_total',
        help: 'Integration events the relay published and Kafka acknowledged',
        labelNames: ['relay'],
        registers: [registry],
      }),
    ),
    leader,
    parked,
    failures,
  };
};

/** Consumer metrics, labelled by consumer group (and topic, partition for lag). */
export const consumerMetrics = (registry: Registry = defaultRegistry) => ({
  lag: reuse(registry, 'titrepro_consumer_lag_messages', () =>
    new Gauge({
      name: 'titrepro_consumer_lag_messages',
      help: "Messages in a partition after the group's committed offset (high-water mark minus committed offset)",
      labelNames: ['group', 'topic', 'partition'],
      registers: [registry],
    }),
  ),
  handled: reuse(registry, 'titrepro_consumer_handled_messages_total', () =>
    new Counter({
      name: 'titrepro_consumer_handled_messages_total',
      help: 'Messages applied, skipped as already applied (duplicate), or dead-lettered',
      labelNames: ['group', 'outcome'],
      registers: [registry],
    }),
  ),
  deadLettered: reuse(registry, 'titrepro_consumer_dead_letters_total', () =>
    new Counter({
      name: 'titrepro_consumer_dead_letters_total',
      help: 'Messages sent to the dead-letter topic, by reason',
      labelNames: ['group', 'topic', 'reason'],
      registers: [registry],
    }),
  ),
  stalled: reuse(registry, 'titrepro_consumer_stalled_seconds', () =>
    new Gauge({
      name: 'titrepro_consumer_stalled_seconds',
      help: "How long the group has had lag without its committed offsets moving (0: none, or moving)",
      labelNames: ['group'],
      registers: [registry],
    }),
  ),
  retries: reuse(registry, 'titrepro_consumer_retries_total', () =>
    new Counter({
      name: 'titrepro_consumer_retries_total',
      help: 'Handler attempts that failed and were retried',
      labelNames: ['group'],
      registers: [registry],
    }),
  ),
});

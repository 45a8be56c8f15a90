import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';

// Created once per registry and name: several processors (and Nest rebuilding a module in tests) share them, told apart by label.
const reuse = <T>(registry: Registry, name: string, create: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? create();

/** The names and help texts of one kind of processor's metrics (dashboards and tests read these names). */
export interface ProcessorMetricNames {
  /** The label naming the processor (`relay`, `projection`). */
  readonly label: string;
  readonly position: { readonly name: string; readonly help: string };
  readonly leader: { readonly name: string; readonly help: string };
  readonly failures: { readonly name: string; readonly help: string };
  readonly parked: { readonly name: string; readonly help: string };
}

export const RELAY_METRIC_NAMES: ProcessorMetricNames = {
  label: 'relay',
  position: { name: 'titrepro_relay_checkpoint_position', help: 'Global position of the last event Kafka acknowledged' },
  leader: { name: 'titrepro_relay_leader', help: '1 while this replica holds the relay lock and publishes' },
  failures: { name: 'titrepro_relay_failures_total', help: 'Publishing sessions that failed and restarted from the checkpoint' },
  parked: {
    name: 'titrepro_relay_parked_events',
    help: 'Events the relay parked (could not map, or held behind one it could not map) until an operator retries them',
  },
};

export const PROJECTION_METRIC_NAMES: ProcessorMetricNames = {
  label: 'projection',
  position: { name: 'titrepro_projection_position', help: 'Global position of the last event the projection applied' },
  leader: { name: 'titrepro_projection_leader', help: '1 while this replica holds the projection lock and applies events' },
  failures: { name: 'titrepro_projection_failures_total', help: 'Times the projection stopped on an error and was restarted' },
  parked: { name: 'titrepro_projection_parked_events', help: 'Events the projection could not apply (or held behind one), awaiting an operator' },
};

/** A reactor's or any other processor's: `titrepro_processor_*`, labelled `processor`. */
export const processorMetricNames = (kind: string): ProcessorMetricNames => {
  if (kind === 'relay') return RELAY_METRIC_NAMES;
  if (kind === 'projection') return PROJECTION_METRIC_NAMES;
  return {
    label: 'processor',
    position: { name: 'titrepro_processor_position', help: 'Global position of the last event the processor handled' },
    leader: { name: 'titrepro_processor_leader', help: '1 while this replica holds the processor lock and reads the log' },
    failures: { name: 'titrepro_processor_failures_total', help: 'Sessions that failed and restarted from the checkpoint' },
    parked: { name: 'titrepro_processor_parked_events', help: 'Events the processor parked (could not handle, or held behind one), awaiting an operator' },
  };
};

/** The four metrics every log processor keeps, bound to one processor's label value. */
export interface ProcessorMetrics {
  readonly position: (position: number) => void;
  readonly leader: (leading: boolean) => void;
  readonly failed: () => void;
  readonly parked: (count: number) => void;
}

export const processorMetricFamilies = (names: ProcessorMetricNames, registry: Registry = defaultRegistry) => {
  const gauge = ({ name, help }: { name: string; help: string }) =>
    reuse(registry, name, () => new Gauge({ name, help, labelNames: [names.label], registers: [registry] }));
  return {
    position: gauge(names.position),
    leader: gauge(names.leader),
    failures: reuse(registry, names.failures.name, () => new Counter({ ...names.failures, labelNames: [names.label], registers: [registry] })),
    parked: gauge(names.parked),
  };
};

export const processorMetrics = (kind: string, name: string, registry: Registry = defaultRegistry): ProcessorMetrics => {
  const names = processorMetricNames(kind);
  const families = processorMetricFamilies(names, registry);
  const labels = { [names.label]: name };
  return {
    position: (position) => families.position.set(labels, position),
    leader: (leading) => families.leader.set(labels, leading ? 1 : 0),
    failed: () => families.failures.inc(labels),
    parked: (count) => families.parked.set(labels, count),
  };
};

import { Counter, Gauge, register, type Registry } from 'prom-client';

// Created once per registry: Nest may build the module more than once (tests restart the app).
const reuse = <T>(registry: Registry, name: string, create: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? create();

/** How far each projection is, whether this replica runs it, how often it failed, what it parked. */
export const projectionMetrics = (registry: Registry = register) => ({
  position: reuse(registry, 'titrepro_projection_position', () =>
    new Gauge({ name: 'titrepro_projection_position', help: 'Global position of the last event the projection applied', labelNames: ['projection'], registers: [registry] }),
  ),
  failures: reuse(registry, 'titrepro_projection_failures_total', () =>
    new Counter({ name: 'titrepro_projection_failures_total', help: 'Times the projection stopped on an error and was restarted', labelNames: ['projection'], registers: [registry] }),
  ),
  parked: reuse(registry, 'titrepro_projection_parked_events', () =>
    new Gauge({ name: 'titrepro_projection_parked_events', help: 'Events the projection could not apply (or held behind one), awaiting an operator', labelNames: ['projection'], registers: [registry] }),
  ),
  leader: reuse(registry, 'titrepro_projection_leader', () =>
    new Gauge({ name: 'titrepro_projection_leader', help: '1 while this replica holds the projection lock and applies events', labelNames: ['projection'], registers: [registry] }),
  ),
});

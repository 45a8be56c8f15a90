import { Counter, Gauge, register } from 'prom-client';

// Created once per process: Nest may build the module more than once (tests restart the app).
const existing = <T>(name: string): T | undefined => register.getSingleMetric(name) as T | undefined;

/** How far the read models are behind the store, and how often projecting failed. */
export const projectionMetrics = {
  position:
    existing<Gauge<'projection'>>('titrepro_projection_position') ??
    new Gauge({ name: 'titrepro_projection_position', help: 'Global position of the last event the projection applied', labelNames: ['projection'] }),
  failures:
    existing<Counter<'projection'>>('titrepro_projection_failures_total') ??
    new Counter({ name: 'titrepro_projection_failures_total', help: 'Times the projection stopped on an error and was restarted', labelNames: ['projection'] }),
};

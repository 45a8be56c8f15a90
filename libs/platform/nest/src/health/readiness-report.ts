import { z } from 'zod';

/**
 * What one readiness check found. `degraded`: the service serves, but an operator must look (e.g. a
 * projection parked events it could not apply).
 */
export type ReadinessStatus = 'up' | 'degraded' | 'down';

export interface ReadinessCheckResult {
  readonly status: ReadinessStatus;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** `/health/ready` as a whole: `down` if any check is down, else `degraded` if any is, else `ok`. */
export interface ReadinessReport {
  readonly status: 'ok' | 'degraded' | 'down';
  readonly checks: Readonly<Record<string, ReadinessCheckResult>>;
}

export const readinessCheckResultSchema = z.object({
  status: z.enum(['up', 'degraded', 'down']),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** The 200 body of `/health/ready` (a `down` report is a 503 problem instead). */
export const readyBodySchema = z.object({
  status: z.enum(['ok', 'degraded']).describe('degraded: serving, but a check asks an operator to look'),
  checks: z.record(z.string(), readinessCheckResultSchema),
});

const severity: Record<ReadinessStatus, number> = { up: 0, degraded: 1, down: 2 };
const overall = { up: 'ok', degraded: 'degraded', down: 'down' } as const;

export const readinessReport = (checks: Readonly<Record<string, ReadinessCheckResult>>): ReadinessReport => {
  const worst = Object.values(checks).reduce<ReadinessStatus>(
    (sofar, check) => (severity[check.status] > severity[sofar] ? check.status : sofar),
    'up',
  );
  return { status: overall[worst], checks };
};

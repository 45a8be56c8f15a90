import type { ReadinessReport } from './readiness-report';

/**
 * A readiness check is down: the problem+json filter answers 503 with every check's result. The
 * detail names each check that is down and, when it says one, why (a stalled consumer, a projection
 * that cannot advance, a dependency that does not answer).
 */
export class NotReadyException extends Error {
  override readonly name = 'NotReadyException';
  constructor(readonly report: ReadinessReport) {
    const down = Object.entries(report.checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name, check]) => {
        const why = check.details?.['message'];
        return typeof why === 'string' ? `${name} down (${why})` : `${name} down`;
      });
    super(`not ready: ${down.join(', ')}`);
  }
}

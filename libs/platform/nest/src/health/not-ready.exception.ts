import type { ReadinessReport } from './readiness-report';

/** A readiness check is down: the problem+json filter answers 503 with every check's result. */
export class NotReadyException extends Error {
  override readonly name = 'NotReadyException';
  constructor(readonly report: ReadinessReport) {
    const down = Object.entries(report.checks).filter(([, check]) => check.status === 'down');
    super(`not ready: ${down.map(([name]) => name).join(', ')} down`);
  }
}

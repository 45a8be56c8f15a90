import { Injectable } from '@nestjs/common';
import { readinessReport, type ReadinessCheckResult, type ReadinessReport } from './readiness-report';

/** One contribution to `/health/ready`. A check that throws, or does not answer in time, counts as down. */
export type ReadinessCheck = () => Promise<ReadinessCheckResult>;

/** Longer than the platform's own checks (2 s each), so their own timeouts speak first. */
const CHECK_TIMEOUT_MS = 3_000;

const withinTimeout = async (check: ReadinessCheck): Promise<ReadinessCheckResult> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessCheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'down', details: { message: `no answer within ${CHECK_TIMEOUT_MS} ms` } }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), timeout]);
  } catch (error) {
    return { status: 'down', details: { message: (error as Error).message } };
  } finally {
    clearTimeout(timer);
  }
};

/**
 * The checks behind `/health/ready`. The platform registers PostgreSQL and Kafka; kit modules
 * (projections, relay, consumers) register their own, typically in their constructor or `onModuleInit`.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds a check under `name`, which names it in the readiness body; a name is registered once. */
  register(name: string, check: ReadinessCheck): void {
    if (this.checks.has(name)) throw new Error(`readiness check "${name}" is already registered`);
    this.checks.set(name, check);
  }

  /** Runs every check at once. */
  async run(): Promise<ReadinessReport> {
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await withinTimeout(check)] as const),
    );
    return readinessReport(Object.fromEntries(results));
  }
}

import { Pool } from 'pg';
import type { ReadinessCheckResult } from './readiness-report';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether a PostgreSQL database answers a query within two seconds, on a pool of one of its own:
 * a server that does not answer cannot tie up the connections the service works with.
 */
export class PostgresProbe {
  private readonly pool: Pool;

  constructor(connectionString: string, applicationName?: string) {
    this.pool = new Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: CHECK_TIMEOUT_MS,
      query_timeout: CHECK_TIMEOUT_MS,
      ...(applicationName ? { application_name: applicationName } : {}),
    });
    this.pool.on('error', () => undefined); // a dropped idle connection is reported by the next check
  }

  async check(): Promise<ReadinessCheckResult> {
    try {
      await this.pool.query('SELECT 1');
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', details: { message: (error as Error).message } };
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

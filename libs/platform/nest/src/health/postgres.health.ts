import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { SERVICE_CONFIG } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';
import { ReadinessChecks } from './readiness-checks';
import type { ReadinessCheckResult } from './readiness-report';

const CHECK_TIMEOUT_MS = 2_000;

/** Ready only if PostgreSQL answers a query within two seconds, on a pool of its own. */
@Injectable()
export class PostgresHealthIndicator implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig, readiness: ReadinessChecks) {
    this.pool = new Pool({
      connectionString: config.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: CHECK_TIMEOUT_MS,
      query_timeout: CHECK_TIMEOUT_MS,
    });
    this.pool.on('error', () => undefined); // a dropped idle connection is reported by the next check
    readiness.register('postgres', () => this.check());
  }

  async check(): Promise<ReadinessCheckResult> {
    try {
      await this.pool.query('SELECT 1');
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', details: { message: (error as Error).message } };
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

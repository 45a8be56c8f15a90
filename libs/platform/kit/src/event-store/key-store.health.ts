import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ReadinessChecks, SERVICE_CONFIG, type ReadinessCheckResult } from '@titrepro/platform-nest';
import { Pool } from 'pg';
import type { KitConfig } from '../config/kit-config';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * `key-store` on /health/ready: without its key database a service can neither seal nor read
 * personal data. Its own pool of one, as the platform's `postgres` check, so that a server that
 * does not answer cannot tie up the key store's connections.
 */
@Injectable()
export class KeyStoreHealth implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(SERVICE_CONFIG) config: KitConfig, readiness: ReadinessChecks) {
    this.pool = new Pool({ connectionString: config.KEY_STORE_URL, max: 1, connectionTimeoutMillis: CHECK_TIMEOUT_MS, query_timeout: CHECK_TIMEOUT_MS });
    this.pool.on('error', () => undefined); // a dropped idle connection is reported by the next check
    readiness.register('key-store', () => this.check());
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

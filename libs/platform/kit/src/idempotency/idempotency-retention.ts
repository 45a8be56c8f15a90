import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PostgresEventStore } from '@titrepro/event-store';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { Pool } from 'pg';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { IDEMPOTENCY_TABLE } from '../event-store/kit-migrations';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes the keys older than `retentionHours`; returns how many. A retry after that is a new
 * request: clients retry within minutes, and a key kept for ever would grow the table for ever.
 */
export const forgetExpiredIdempotencyKeys = async (pool: Pool, retentionHours: number): Promise<number> => {
  const { rowCount } = await pool.query(`DELETE FROM ${IDEMPOTENCY_TABLE} WHERE created_at < now() - make_interval(hours => $1)`, [retentionHours]);
  return rowCount ?? 0;
};

/** Forgets expired Idempotency-Keys at start-up and every hour; every replica may, the DELETE is idempotent. */
@Injectable()
export class IdempotencyKeyRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IdempotencyKeyRetention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), HOUR_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const forgotten = await forgetExpiredIdempotencyKeys(this.store.pool, this.config.IDEMPOTENCY_KEY_RETENTION_HOURS);
      if (forgotten > 0) this.logger.log(`forgot ${forgotten} expired Idempotency-Key(s)`);
    } catch (error) {
      this.logger.warn(`could not forget expired Idempotency-Keys: ${(error as Error).message}`);
    }
  }
}

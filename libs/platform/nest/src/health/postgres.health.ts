import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVICE_CONFIG, SERVICE_NAME } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';
import { ReadinessChecks } from './readiness-checks';
import { PostgresProbe } from './postgres-probe';
import type { ReadinessCheckResult } from './readiness-report';

/** Ready only if the service's database answers a query within two seconds. */
@Injectable()
export class PostgresHealthIndicator implements OnModuleDestroy {
  private readonly probe: PostgresProbe;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig, @Inject(SERVICE_NAME) serviceName: string, readiness: ReadinessChecks) {
    this.probe = new PostgresProbe(config.DATABASE_URL, `${serviceName}.${config.REGION}/readiness`.slice(0, 63));
    readiness.register('postgres', () => this.probe.check());
  }

  check(): Promise<ReadinessCheckResult> {
    return this.probe.check();
  }

  async onModuleDestroy(): Promise<void> {
    await this.probe.close();
  }
}

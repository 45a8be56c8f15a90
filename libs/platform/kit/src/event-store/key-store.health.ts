import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PostgresProbe, ReadinessChecks, SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import { applicationName } from '../config/connection-budget';
import type { KitConfig } from '../config/kit-config';

/** `key-store` on /health/ready: without its key database a service can neither seal nor read personal data. */
@Injectable()
export class KeyStoreHealth implements OnModuleDestroy {
  private readonly probe: PostgresProbe;

  constructor(@Inject(SERVICE_CONFIG) config: KitConfig, @Inject(SERVICE_NAME) serviceName: string, readiness: ReadinessChecks) {
    this.probe = new PostgresProbe(config.KEY_STORE_URL, applicationName(serviceName, config.REGION, 'key-store-readiness'));
    readiness.register('key-store', () => this.probe.check());
  }

  async onModuleDestroy(): Promise<void> {
    await this.probe.close();
  }
}

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PostgresProbe, ReadinessChecks, SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { KitConfig } from '../config/kit-config';

/** `key-store` on /health/ready: without its key database a service can neither seal nor read personal data. */
@Injectable()
export class KeyStoreHealth implements OnModuleDestroy {
  private readonly probe: PostgresProbe;

  constructor(@Inject(SERVICE_CONFIG) config: KitConfig, readiness: ReadinessChecks) {
    this.probe = new PostgresProbe(config.KEY_STORE_URL);
    readiness.register('key-store', () => this.probe.check());
  }

  async onModuleDestroy(): Promise<void> {
    await this.probe.close();
  }
}

import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { AuditConfig } from '../config/audit-config';
import { AuditedStores } from '@titrepro/audit';

/** The stores this deployment audits, opened once (read-only pools) and closed at shutdown. */
@Injectable()
export class AuditedStoresCloser implements OnApplicationShutdown {
  constructor(@Inject(AuditedStores) private readonly stores: AuditedStores) {}

  async onApplicationShutdown(): Promise<void> {
    await this.stores.close();
  }
}

export const auditedStoresProvider: Provider = {
  provide: AuditedStores,
  inject: [SERVICE_CONFIG],
  useFactory: (config: AuditConfig) => AuditedStores.open(config.AUDIT_STORES, { applicationName: `audit/${config.REGION}` }),
};

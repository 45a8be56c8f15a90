import { Module, type DynamicModule } from '@nestjs/common';
import type { AuditConfig } from './config/audit-config';
import { AuditController } from './http/audit.controller';
import { auditedStoresProvider, AuditedStoresCloser } from './http/audited-stores.provider';
import { TimelineModule } from './timeline/timeline.module';

/**
 * The audit: reads the event stores of every service of every region it is configured for
 * (AUDIT_STORES), never writes to one, and answers auditors. No Kafka, no store of its own.
 */
@Module({})
export class AppModule {
  static forConfig(_config: AuditConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [TimelineModule],
      controllers: [AuditController],
      providers: [auditedStoresProvider, AuditedStoresCloser],
    };
  }
}

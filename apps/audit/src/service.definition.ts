import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';
import { auditConfigSchema, type AuditConfig } from './config/audit-config';

export const serviceDefinition: ServiceDefinition<AuditConfig> = {
  name: 'audit',
  title: 'titrepro audit',
  description: "Read-only audit of every service's event store in every region configured: a candidate's history, every decision replayed, every hash chain, seal and award verified.",
  configSchema: auditConfigSchema,
  rootModule: (config) => AppModule.forConfig(config),
};

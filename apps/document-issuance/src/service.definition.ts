import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';
import { issuanceConfigSchema, type IssuanceConfig } from './config/issuance-config';

export const serviceDefinition: ServiceDefinition<IssuanceConfig> = {
  name: 'document-issuance',
  title: 'titrepro document issuance',
  description: 'Parchemins and livrets de certification as PDF/A-3 and signed Open Badges credentials; public verification; revocation.',
  configSchema: issuanceConfigSchema,
  rootModule: (config) => AppModule.forConfig(config),
};

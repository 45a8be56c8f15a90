import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';
import { juryConfigSchema, type JuryConfig } from './config/jury-config';

export const serviceDefinition: ServiceDefinition<JuryConfig> = {
  name: 'jury',
  title: 'titrepro jury',
  description: 'Validation sessions, juries, convocations, interviews, deliberations, sealed minutes and capitalisation of CCPs across regions.',
  configSchema: juryConfigSchema,
  rootModule: (config) => AppModule.forConfig(config),
};

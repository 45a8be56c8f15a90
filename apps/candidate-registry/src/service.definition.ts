import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';
import { registryConfigSchema, type RegistryConfig } from './config/registry-config';

export const serviceDefinition: ServiceDefinition<RegistryConfig> = {
  name: 'candidate-registry',
  title: 'titrepro candidate registry',
  description: 'Candidates, pathways and VAE admissibility of one regional office.',
  configSchema: registryConfigSchema,
  rootModule: (config) => AppModule.forConfig(config),
};

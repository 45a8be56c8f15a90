import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';

export const serviceDefinition: ServiceDefinition = {
  name: 'candidate-registry',
  title: 'titrepro candidate registry',
  description: 'Candidates, pathways and VAE admissibility of one regional office.',
  rootModule: (config) => AppModule.forConfig(config),
};

import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';

export const serviceDefinition: ServiceDefinition = {
  name: 'jury',
  title: 'titrepro jury',
  description: 'Validation sessions, juries, interviews, deliberations and capitalisation of CCPs.',
  rootModule: (config) => AppModule.forConfig(config),
};

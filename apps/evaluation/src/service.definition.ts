import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';

export const serviceDefinition: ServiceDefinition = {
  name: 'evaluation',
  title: 'titrepro evaluation',
  description: 'Evidence for the jury: ECF results, DSPP, practical assessments and assessor pairs.',
  rootModule: (config) => AppModule.forConfig(config),
};

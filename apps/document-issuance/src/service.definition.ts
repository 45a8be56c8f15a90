import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';

export const serviceDefinition: ServiceDefinition = {
  name: 'document-issuance',
  title: 'titrepro document issuance',
  description: 'Parchemins, livrets de certification, verification and revocation.',
  rootModule: (config) => AppModule.forConfig(config),
};

import type { ServiceDefinition } from '@titrepro/platform-nest';
import { AppModule } from './app.module';
import { evaluationConfigSchema, type EvaluationConfig } from './config/evaluation-config';

export const serviceDefinition: ServiceDefinition<EvaluationConfig> = {
  name: 'evaluation',
  title: 'titrepro evaluation',
  description: 'Evidence for the jury: ECF results, DSPP, practical assessments, assessor pairs and evidence completeness.',
  configSchema: evaluationConfigSchema,
  rootModule: (config) => AppModule.forConfig(config),
};

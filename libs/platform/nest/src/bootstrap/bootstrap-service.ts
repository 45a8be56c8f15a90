import { serviceConfigSchema, type ServiceConfig } from '../config/service-config';
import { ConfigError, loadConfig } from '../config/load-config';
import { createServiceApp } from './create-service-app';
import type { ServiceDefinition } from './service-definition';

/** Entry point of every service: validate config (or stop, naming the variable), then listen. */
export const bootstrapService = async <Config extends ServiceConfig>(definition: ServiceDefinition<Config>): Promise<void> => {
  let config: Config;
  try {
    config = loadConfig(definition.configSchema ?? serviceConfigSchema, process.env) as Config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${definition.name} cannot start. ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const app = await createServiceApp(definition, config);
  await app.listen(config.PORT, process.env['HOST'] ?? '0.0.0.0');
};

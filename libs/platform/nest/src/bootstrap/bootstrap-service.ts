import { UnpolicedRoutesError } from '../auth/unpoliced-routes.check';
import { ConfigError, loadConfig } from '../config/load-config';
import { serviceConfigSchema, type ServiceConfig } from '../config/service-config';
import { createServiceApp } from './create-service-app';
import type { ServiceDefinition } from './service-definition';

const EX_SOFTWARE = 70;
const EX_CONFIG = 78;

const stop = (serviceName: string, message: string, code: number): never => {
  process.stderr.write(`${serviceName} cannot start. ${message}\n`);
  process.exit(code);
};

/**
 * Entry point of every service: validate config and signing key (or stop with 78, naming the
 * variable), refuse routes without a policy (70), then listen.
 */
export const bootstrapService = async <Config extends ServiceConfig>(definition: ServiceDefinition<Config>): Promise<void> => {
  try {
    const config = loadConfig(definition.configSchema ?? serviceConfigSchema, process.env) as Config;
    const app = await createServiceApp(definition, config);
    await app.listen(config.PORT, process.env['HOST'] ?? '0.0.0.0');
  } catch (error) {
    if (error instanceof ConfigError) stop(definition.name, error.message, EX_CONFIG);
    if (error instanceof UnpolicedRoutesError) stop(definition.name, error.message, EX_SOFTWARE);
    throw error;
  }
};

import { Logger } from '@nestjs/common';
import { UnpolicedRoutesError } from '../auth/unpoliced-routes.check';
import { ConfigError, loadConfig } from '../config/load-config';
import { serviceConfigSchema, type ServiceConfig } from '../config/service-config';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { ReadinessChecks } from '../health/readiness-checks';
import { createServiceApp } from './create-service-app';
import type { ServiceDefinition } from './service-definition';
import { UnhandledRejections } from './unhandled-rejections';

const EX_SOFTWARE = 70;
/** sysexits' "temporary failure": start it again (docker-compose's restart policy, the demo). */
const EX_TEMPFAIL = 75;
const EX_CONFIG = 78;

const stop = (serviceName: string, message: string, code: number): never => {
  process.stderr.write(`${serviceName} cannot start. ${message}\n`);
  process.exit(code);
};

/**
 * Entry point of every service: validate config and signing key (or stop with 78, naming the
 * variable), refuse routes without a policy (70), then listen. PostgreSQL not able to serve yet (out
 * of connections, starting, unreachable: isDatabaseUnavailable) stops it with 75, to be started again;
 * any other failure to start stops the process (1) with its stack. Once started, an unhandled promise rejection is logged and shown in
 * readiness (`process`) rather than stopping the service: see UnhandledRejections.
 */
export const bootstrapService = async <Config extends ServiceConfig>(definition: ServiceDefinition<Config>): Promise<void> => {
  const logger = new Logger('Process');
  const rejections = new UnhandledRejections((message, reason) => logger.error(message, reason instanceof Error ? reason.stack : undefined));
  rejections.install(process);
  try {
    const config = loadConfig(definition.configSchema ?? serviceConfigSchema, process.env) as Config;
    const app = await createServiceApp(definition, config);
    app.get(ReadinessChecks).register('process', async () => rejections.readiness());
    await app.listen(config.PORT, process.env['HOST'] ?? '0.0.0.0');
  } catch (error) {
    if (error instanceof ConfigError) stop(definition.name, error.message, EX_CONFIG);
    if (error instanceof UnpolicedRoutesError) stop(definition.name, error.message, EX_SOFTWARE);
    if (isDatabaseUnavailable(error)) stop(definition.name, `PostgreSQL cannot serve it now (${error instanceof Error ? error.message : String(error)}); start it again.`, EX_TEMPFAIL);
    // Not rethrown: the guard above would only log it, leaving a process that never listens.
    stop(definition.name, error instanceof Error ? (error.stack ?? error.message) : String(error), 1);
  }
};

import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { destination } from 'pino';
import type { Options } from 'pino-http';
import type { ServiceConfig } from '../config/service-config';
import { requestLogFields, routeLogFields } from './request-log-fields';

const probePaths = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Structured JSON logs (pino), one line per request, tagged with service and region, on stdout or
 * LOG_FILE. Logs never hold personal data: see request-log-fields.ts for what a request line shows.
 */
export const loggingModule = (serviceName: string, config: ServiceConfig): DynamicModule => {
  const options: Options = {
    level: config.LOG_LEVEL,
    base: { service: serviceName, region: config.REGION },
    serializers: {
      req: requestLogFields,
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    customProps: (request: IncomingMessage, _response: ServerResponse) => routeLogFields(request),
    autoLogging: { ignore: (request: IncomingMessage) => probePaths.has((request.url ?? '').split('?')[0] ?? '') },
  };
  // Synchronous writes: a line is in the file before the next request is served, and none is lost on a crash.
  const file = config.LOG_FILE ? destination({ dest: config.LOG_FILE, mkdir: true, sync: true }) : undefined;
  return LoggerModule.forRoot({ pinoHttp: file ? [options, file] : options });
};

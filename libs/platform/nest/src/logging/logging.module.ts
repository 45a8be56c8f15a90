import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';

const probePaths = new Set(['/health/live', '/health/ready', '/metrics']);

/** Structured JSON logs (pino), one line per request, tagged with service and region; tokens redacted. */
export const loggingModule = (serviceName: string, config: ServiceConfig): DynamicModule =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service: serviceName, region: config.REGION },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (request: IncomingMessage) => probePaths.has(request.url ?? '') },
    },
  });

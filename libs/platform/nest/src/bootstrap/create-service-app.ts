import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';
import { withProblemDetailsComponent } from '../openapi/problem-details.schema';
import { PlatformModule } from '../platform.module';
import { jsonBody } from '../validation/json-body.middleware';
import { answerClientErrorsAsProblems } from '../errors/client-error-problems';
import type { ServiceDefinition } from './service-definition';

/** The largest JSON body a command takes (express's default): over it, 413 naming `body`. */
export const JSON_BODY_LIMIT = '100kb';

/**
 * Builds a configured (not yet listening) Nest app: used by `bootstrapService` and by API tests.
 * Rejects with a ConfigError when no signing key is configured; `init()` rejects with an
 * UnpolicedRoutesError when a route declares neither `@Authorize` nor `@Public`.
 */
export const createServiceApp = async <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  config: Config,
): Promise<INestApplication> => {
  @Module({ imports: [PlatformModule.forService(definition.name, config), definition.rootModule(config)] })
  class ServiceRootModule {}

  // Our own body parsing: JSON only (+json types too), then a depth check before any code walks it.
  // Other media types stay unread, and RequestBodyGuard answers them 415 where a body is expected.
  // abortOnError false: a provider failing to start rejects here instead of Nest calling process.exit(1),
  // so that bootstrapService can tell the environment not being there yet (exit 75) from a defect.
  const app = await NestFactory.create<NestExpressApplication>(ServiceRootModule, { bufferLogs: true, bodyParser: false, abortOnError: false });
  app.use(jsonBody(JSON_BODY_LIMIT));
  answerClientErrorsAsProblems(app.getHttpServer());
  app.useLogger(app.get(Logger));
  // Nest flushes its start-up buffer only in listen(): without this, an app that is only init()-ed (tests) logs nothing through Nest's Logger.
  app.flushLogs();
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle(definition.title)
    .setDescription(`${definition.description} Region: ${config.REGION}.`)
    .setVersion('1')
    .addBearerAuth()
    .build();
  // Swagger serves /docs as express middleware, outside Nest's guards: the document is public, on purpose.
  SwaggerModule.setup('docs', app, () => withProblemDetailsComponent(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
  return app;
};

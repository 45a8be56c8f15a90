import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';
import { PlatformModule } from '../platform.module';
import type { ServiceDefinition } from './service-definition';

/** Builds a configured (not yet listening) Nest app: used by `bootstrapService` and by API tests. */
export const createServiceApp = async <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  config: Config,
): Promise<INestApplication> => {
  @Module({ imports: [PlatformModule.forService(definition.name, config), definition.rootModule(config)] })
  class ServiceRootModule {}

  const app = await NestFactory.create(ServiceRootModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle(definition.title)
    .setDescription(`${definition.description} Region: ${config.REGION}.`)
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
  return app;
};

import { DynamicModule, Module } from '@nestjs/common';
import { readModelDatabase, type ServiceConfig } from '@titrepro/platform-nest';

/** A skeleton until its context is built: health, metrics, docs and its read-model database. */
@Module({})
export class AppModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return { module: AppModule, imports: [readModelDatabase(config)] };
  }
}

import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import type { ServiceConfig } from '../config/service-config';

export interface ReadModelSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  readonly entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

/**
 * The service's read models in its own PostgreSQL database. Schema changes go through migrations,
 * run at start-up; never `synchronize`, which could drop a column holding data.
 */
export const readModelDatabase = (config: ServiceConfig, schema: ReadModelSchema = { entities: [], migrations: [] }): DynamicModule =>
  TypeOrmModule.forRoot({
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: true,
    synchronize: false,
  });

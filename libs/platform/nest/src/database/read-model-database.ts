import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { SERVICE_NAME } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';

export interface ReadModelSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  readonly entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

/** The read models' pool: its size in the service's connection budget and its bounded wait for a connection. */
export interface ReadModelPool {
  readonly max: number;
  readonly connectionTimeoutMillis: number;
}

/**
 * The service's read models in its own PostgreSQL database. Schema changes go through migrations,
 * run at start-up; never `synchronize`, which could drop a column holding data. Its connections
 * are named `<service>.<region>/read-models` in pg_stat_activity.
 */
export const readModelDatabase = (config: ServiceConfig, schema: ReadModelSchema = { entities: [], migrations: [] }, pool?: ReadModelPool): DynamicModule =>
  TypeOrmModule.forRootAsync({
    inject: [SERVICE_NAME],
    useFactory: (serviceName: string) => ({
      type: 'postgres' as const,
      url: config.DATABASE_URL,
      applicationName: `${serviceName}.${config.REGION}/read-models`.slice(0, 63),
      ...(pool ? { poolSize: pool.max, extra: { max: pool.max, connectionTimeoutMillis: pool.connectionTimeoutMillis } } : {}),
      entities: schema.entities,
      migrations: schema.migrations,
      migrationsRun: true,
      synchronize: false,
    }),
  });

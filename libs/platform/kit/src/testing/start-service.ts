import type { INestApplication } from '@nestjs/common';
import { createIntegrationTopics, createKafka } from '@titrepro/messaging';
import { createServiceApp, loadConfig, serviceConfigSchema, signDevelopmentToken, type AuditorScope, type Role, type ServiceConfig, type ServiceDefinition } from '@titrepro/platform-nest';
import { createTestDatabase, kafkaBrokers, uniqueName, type TestDatabase } from '@titrepro/testing';
import { Client } from 'pg';
import request from 'supertest';

/**
 * Databases a deployment shares with another (two replicas, a restart): the events' and the keys',
 * both or neither. By default the service gets a fresh one of each, dropped by `close()`; those
 * passed in belong to the caller.
 */
export type SharedServiceDatabases =
  | { readonly database?: undefined; readonly keyDatabase?: undefined }
  | { readonly database: TestDatabase; readonly keyDatabase: TestDatabase };

export type StartServiceOptions = SharedServiceDatabases & {
  readonly region: string;
  /** Share topics between deployments (two regions on one cluster); by default a fresh prefix. */
  readonly topicPrefix?: string;
  /** Publish to Kafka (default false: most API tests need no broker traffic). */
  readonly relay?: boolean;
  /** Start the Kafka consumers, the erasure reactor's included (default false). */
  readonly consumers?: boolean;
  /** Listen on a port of this machine, for calls from another deployment (region to region); see `url`. */
  readonly listen?: boolean;
  /** More variables, e.g. LOG_FILE. */
  readonly env?: Readonly<Record<string, string>>;
};

export interface StartedService {
  readonly app: INestApplication;
  readonly region: string;
  readonly database: TestDatabase;
  /** The database of its subject keys (KEY_STORE_URL; the key tables are in the schema named after the service). */
  readonly keyDatabase: TestDatabase;
  readonly topicPrefix: string;
  /** A supertest client of the service. */
  readonly http: () => ReturnType<typeof request>;
  /** `Bearer <token>` for a role, in the service's region unless told otherwise. */
  readonly bearer: (role: Role, options?: { readonly region?: string; readonly subject?: string; readonly auditorScope?: AuditorScope }) => Promise<string>;
  /** One SQL query on the service's database. */
  readonly query: <Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<Row[]>;
  /** One SQL query on its key database. */
  readonly queryKeys: <Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<Row[]>;
  /** `http://127.0.0.1:<port>` when started with `listen`. */
  readonly url: string | undefined;
  readonly close: () => Promise<void>;
}

const createTopics = async (prefix: string): Promise<void> => {
  const admin = createKafka({ brokers: kafkaBrokers(), clientId: 'start-service' }).admin();
  await admin.connect();
  try {
    await createIntegrationTopics(admin, prefix);
  } finally {
    await admin.disconnect();
  }
};

export const queryDatabase = async <Row extends Record<string, unknown>>(url: string, text: string, values: readonly unknown[] = []): Promise<Row[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, [...values])).rows;
  } finally {
    await client.end();
  }
};

/** The databases a deployment shares, or fresh ones that its `close()` drops. */
const databasesFor = async (name: string, shared: SharedServiceDatabases): Promise<{ database: TestDatabase; keyDatabase: TestDatabase; drop: () => Promise<void> }> => {
  if ((shared.database === undefined) !== (shared.keyDatabase === undefined)) {
    throw new TypeError('startService: pass database and keyDatabase together (a replica or a restart shares both), or neither');
  }
  if (shared.database && shared.keyDatabase) return { database: shared.database, keyDatabase: shared.keyDatabase, drop: async () => undefined };
  const prefix = name.replace(/-/g, '_');
  const database = await createTestDatabase(prefix);
  const keyDatabase = await createTestDatabase(`${prefix}_keys`).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  return { database, keyDatabase, drop: async () => void (await Promise.all([database.drop(), keyDatabase.drop()])) };
};

/**
 * Starts a service as it runs in production (its own database, its keys in another, the real
 * broker), for integration tests. Several deployments can run side by side on one Kafka: two
 * regions (each its own databases, one topic prefix), or two replicas (the same databases).
 */
export const startService = async <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  options: StartServiceOptions,
): Promise<StartedService> => {
  const { database, keyDatabase, drop } = await databasesFor(definition.name, options);
  let app: INestApplication;
  const topicPrefix = options.topicPrefix ?? `${uniqueName('t')}.`;
  try {
    if ((options.relay || options.consumers) && options.topicPrefix === undefined) await createTopics(topicPrefix);
    const config = loadConfig(definition.configSchema ?? serviceConfigSchema, {
      REGION: options.region,
      DATABASE_URL: database.url,
      KEY_STORE_URL: keyDatabase.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      LOG_LEVEL: 'silent',
      ALLOW_DEVELOPMENT_KEY: 'true',
      RELAY_ENABLED: options.relay ? 'true' : 'false',
      CONSUMERS_ENABLED: options.consumers ? 'true' : 'false',
      KAFKA_TOPIC_PREFIX: topicPrefix,
      ...options.env,
    }) as Config;
    app = await createServiceApp(definition, config);
    await app.init();
    if (options.listen) await app.listen(0, '127.0.0.1');
  } catch (error) {
    // A service that did not start leaves no database behind.
    await drop();
    throw error;
  }
  return {
    app,
    region: options.region,
    database,
    keyDatabase,
    topicPrefix,
    http: () => request(app.getHttpServer()),
    bearer: async (role, bearerOptions = {}) =>
      `Bearer ${await signDevelopmentToken({ subject: bearerOptions.subject ?? `${role}-1`, role, region: bearerOptions.region ?? options.region, auditorScope: bearerOptions.auditorScope })}`,
    query: (text, values) => queryDatabase(database.url, text, values),
    queryKeys: (text, values) => queryDatabase(keyDatabase.url, text, values),
    url: options.listen ? `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` : undefined,
    close: async () => {
      await app.close();
      await drop();
    },
  };
};

/** Prepares topics under a prefix for deployments that share them (two regions on one cluster). */
export const createSharedTopics = async (): Promise<string> => {
  const prefix = `${uniqueName('t')}.`;
  await createTopics(prefix);
  return prefix;
};

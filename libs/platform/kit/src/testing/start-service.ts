import type { INestApplication } from '@nestjs/common';
import { BOUNDED_CONTEXTS, deadLetterTopicFor, topicFor } from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { createServiceApp, loadConfig, serviceConfigSchema, signDevelopmentToken, type Role, type ServiceConfig, type ServiceDefinition } from '@titrepro/platform-nest';
import { createTestDatabase, kafkaBrokers, uniqueName, type TestDatabase } from '@titrepro/testing';
import { Client } from 'pg';
import request from 'supertest';

export interface StartServiceOptions {
  readonly region: string;
  /** Share a database between deployments (two replicas); by default the service gets a fresh one. */
  readonly database?: TestDatabase;
  /** Share topics between deployments (two regions on one cluster); by default a fresh prefix. */
  readonly topicPrefix?: string;
  /** Publish to Kafka (default false: most API tests need no broker traffic). */
  readonly relay?: boolean;
  /** More variables, e.g. LOG_FILE. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface StartedService {
  readonly app: INestApplication;
  readonly region: string;
  readonly database: TestDatabase;
  readonly topicPrefix: string;
  /** A supertest client of the service. */
  readonly http: () => ReturnType<typeof request>;
  /** `Bearer <token>` for a role, in the service's region unless told otherwise. */
  readonly bearer: (role: Role, options?: { readonly region?: string; readonly subject?: string }) => Promise<string>;
  /** One SQL query on the service's database. */
  readonly query: <Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<Row[]>;
  readonly close: () => Promise<void>;
}

const createTopics = async (prefix: string): Promise<void> => {
  const admin = createKafka({ brokers: kafkaBrokers(), clientId: 'start-service' }).admin();
  await admin.connect();
  try {
    const topics = BOUNDED_CONTEXTS.flatMap((context) => [`${prefix}${topicFor(context)}`, deadLetterTopicFor(`${prefix}${topicFor(context)}`)]);
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions: 3 })) });
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

/**
 * Starts a service as it runs in production (its own database, the real broker), for integration
 * tests. Several deployments can run side by side on one Kafka: two regions (each its own
 * database, one topic prefix), or two replicas (one database).
 */
export const startService = async <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  options: StartServiceOptions,
): Promise<StartedService> => {
  const database = options.database ?? (await createTestDatabase(definition.name.replace(/-/g, '_')));
  const topicPrefix = options.topicPrefix ?? `${uniqueName('t')}.`;
  if (options.relay && options.topicPrefix === undefined) await createTopics(topicPrefix);
  const config = loadConfig(definition.configSchema ?? serviceConfigSchema, {
    REGION: options.region,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers().join(','),
    LOG_LEVEL: 'silent',
    ALLOW_DEVELOPMENT_KEY: 'true',
    RELAY_ENABLED: options.relay ? 'true' : 'false',
    KAFKA_TOPIC_PREFIX: topicPrefix,
    ...options.env,
  }) as Config;
  const app = await createServiceApp(definition, config);
  await app.init();
  return {
    app,
    region: options.region,
    database,
    topicPrefix,
    http: () => request(app.getHttpServer()),
    bearer: async (role, bearerOptions = {}) =>
      `Bearer ${await signDevelopmentToken({ subject: bearerOptions.subject ?? `${role}-1`, role, region: bearerOptions.region ?? options.region })}`,
    query: (text, values) => queryDatabase(database.url, text, values),
    close: async () => {
      await app.close();
      // A database passed in belongs to the caller (replicas sharing it, a test restarting the app).
      if (!options.database) await database.drop();
    },
  };
};

/** Prepares topics under a prefix for deployments that share them (two regions on one cluster). */
export const createSharedTopics = async (): Promise<string> => {
  const prefix = `${uniqueName('t')}.`;
  await createTopics(prefix);
  return prefix;
};

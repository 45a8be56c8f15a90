import type { INestApplication } from '@nestjs/common';
import type { Role } from '@titrepro/platform-nest';
import { createServiceApp, loadConfig, signDevelopmentToken } from '@titrepro/platform-nest';
import { createTestDatabase, kafkaBrokers, waitFor, type TestDatabase } from '@titrepro/testing';
import { Client } from 'pg';
import { registryConfigSchema } from '../config/registry-config';
import { serviceDefinition } from '../service.definition';

export const REGION = 'idf';
export const TSGERI = 'TP-00495';

export interface RegistryTestApp {
  readonly app: INestApplication;
  readonly database: TestDatabase;
  readonly close: () => Promise<void>;
}

/** The registry on its own database (and, when given, its own events topic), as in production. */
export const startRegistry = async (
  prefix: string,
  options: { relayTopic?: string; database?: TestDatabase } = {},
): Promise<RegistryTestApp> => {
  const database = options.database ?? (await createTestDatabase(prefix));
  const config = loadConfig(registryConfigSchema, {
    REGION,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers().join(','),
    LOG_LEVEL: 'silent',
    RELAY_ENABLED: options.relayTopic ? 'true' : 'false',
    ...(options.relayTopic ? { REGISTRY_EVENTS_TOPIC: options.relayTopic } : {}),
  });
  const app = await createServiceApp(serviceDefinition, config);
  await app.init();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      // A database passed in belongs to the caller (a test restarting the app on it).
      if (!options.database) await database.drop();
    },
  };
};

export const bearer = async (role: Role, options: { region?: string; subject?: string } = {}): Promise<string> =>
  `Bearer ${await signDevelopmentToken({ subject: options.subject ?? `${role}-1`, role, region: options.region ?? REGION })}`;

/** Runs one query on the test database. */
export const query = async <Row extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
};

/** Projections and Kafka follow the store within moments: a bounded wait for them. */
export const eventually = (what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> =>
  waitFor(what, check, timeoutMs, 50);

/** A valid registration body with a family name and email no other test uses. */
export const registration = (unique: string) => ({
  familyName: `Durand${unique}`,
  givenNames: ['Camille'],
  birthDate: '1990-04-12',
  contact: { email: `camille.${unique}@example.org` },
});

export const periodOf = (start: string, end: string) => ({
  organisation: 'Hôpital Nord',
  role: 'Technicien',
  start,
  end,
  capacity: 'employee',
  relatedToTitle: true,
});

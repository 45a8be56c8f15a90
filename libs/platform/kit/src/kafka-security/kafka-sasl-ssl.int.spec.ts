import type { INestApplication } from '@nestjs/common';
import { createKafka, createTopicsWithLeaders, type MessagingLogger } from '@titrepro/messaging';
import { createServiceApp, kafkaClientSecurity, loadConfig, serviceConfigSchema, type ServiceConfig } from '@titrepro/platform-nest';
import { probeService } from '@titrepro/platform-nest/testing';
import { generateKafkaCertificates, postgresAdminUrl, PrivateKafkaBroker, uniqueName } from '@titrepro/testing';
import { Kafka, logLevel } from 'kafkajs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';

const IDF_PASSWORD = 'idf-scram-password-1';
const WRONG_PASSWORD = 'not-the-idf-password';

/**
 * A region's service on a SASL_SSL listener (SCRAM-SHA-512, a CA made for the test): clients are
 * configured only through the service config and kafkaClientSecurity, as the kit's relay and
 * consumers are. One private broker for the file; the shared one is not touched.
 */
describe('Kafka over SASL_SSL, configured from the service config', () => {
  let broker: PrivateKafkaBroker;
  let directory: string;
  let impostorCaFile: string;
  let passwordFile: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kafka-sasl-ssl-'));
    passwordFile = join(directory, 'region-idf.password');
    writeFileSync(passwordFile, `${IDF_PASSWORD}\n`, { mode: 0o600 });
    let impostor: { caFile: string };
    [broker, impostor] = await Promise.all([
      PrivateKafkaBroker.start({ saslSsl: { users: { 'region-idf': IDF_PASSWORD } } }),
      // A CA like ours, that did not sign the broker's certificate.
      generateKafkaCertificates(join(directory, 'impostor')),
    ]);
    impostorCaFile = impostor.caFile;
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  /** What a region's deployment sets, with `environment` changing or removing (undefined) variables. */
  const regionConfig = (environment: Record<string, string | undefined> = {}): ServiceConfig =>
    loadConfig(serviceConfigSchema, {
      REGION: 'idf',
      DATABASE_URL: postgresAdminUrl(),
      KAFKA_BROKERS: broker.saslSsl?.brokers.join(','),
      KAFKA_SECURITY_PROTOCOL: 'sasl_ssl',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'region-idf',
      KAFKA_SASL_PASSWORD_FILE: passwordFile,
      KAFKA_TLS_CA_FILE: broker.saslSsl?.caFile,
      LOG_LEVEL: 'silent',
      ALLOW_DEVELOPMENT_KEY: 'true',
      ...environment,
    });

  /** A client that gives up at the first failure, to see the refusal itself rather than retries. */
  const oneShotClient = (config: ServiceConfig): Kafka =>
    new Kafka({
      clientId: uniqueName('refused'),
      brokers: config.KAFKA_BROKERS,
      ...kafkaClientSecurity(config),
      connectionTimeout: 3_000,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });

  it('produces and consumes as region-idf, and is told only of SASL_SSL addresses', async () => {
    const config = regionConfig();
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'sasl-ssl-int', ...kafkaClientSecurity(config) });
    const topic = uniqueName('secured');
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true });
    const consumer = kafka.consumer({ groupId: uniqueName('secured-group') });
    try {
      await admin.connect();
      expect((await admin.describeCluster()).brokers.map(({ port }) => `127.0.0.1:${port}`)).toEqual(broker.saslSsl?.brokers);
      await createTopicsWithLeaders(admin, [{ topic, numPartitions: 1 }]);

      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'candidate-1', value: 'registered in idf' }] });

      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const received = new Promise<string>((resolve) => {
        void consumer.run({ eachMessage: async ({ message }) => resolve(`${message.key}: ${message.value}`) });
      });
      await expect(received).resolves.toBe('candidate-1: registered in idf');
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.disconnect();
    }
  }, 60_000);

  it('is refused with an authentication error for a wrong password, which no log line shows', async () => {
    const lines: string[] = [];
    const record = (message: string, context?: Record<string, unknown>) => void lines.push(`${message} ${JSON.stringify(context ?? {})}`);
    const logger: MessagingLogger = { info: record, warn: record, error: record };
    const config = regionConfig({ KAFKA_SASL_PASSWORD_FILE: undefined, KAFKA_SASL_PASSWORD: WRONG_PASSWORD });
    const admin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'wrong-password', logger, ...kafkaClientSecurity(config) }).admin();

    const connecting = admin.connect();
    await expect(connecting).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
    await expect(connecting).rejects.toThrow(/SASL SCRAM SHA512 authentication failed.*invalid credentials/);
    expect(lines.join('\n')).toMatch(/authentication failed/);
    expect(lines.join('\n')).not.toContain(WRONG_PASSWORD);
    await admin.disconnect();
  }, 30_000);

  it('is refused by a client that does not trust the CA that signed the broker', async () => {
    // Another CA, then none (the system's CAs): the TLS handshake fails before any password is sent.
    for (const caFile of [{ KAFKA_TLS_CA_FILE: impostorCaFile }, { KAFKA_TLS_CA_FILE: undefined }]) {
      const admin = oneShotClient(regionConfig(caFile)).admin();
      await expect(admin.connect()).rejects.toThrow(/self-signed certificate in certificate chain/);
      await admin.disconnect();
    }
  }, 30_000);

  describe("the platform's readiness check", () => {
    const apps: INestApplication[] = [];
    afterAll(async () => {
      await Promise.all(apps.map((app) => app.close()));
    });
    const kafkaCheck = async (config: ServiceConfig) => {
      const app = await createServiceApp(probeService, config);
      apps.push(app);
      await app.init();
      return (await request(app.getHttpServer()).get('/health/ready')).body.checks.kafka;
    };

    it('reaches the broker over SASL_SSL, and reports a wrong password as Kafka down', async () => {
      expect(await kafkaCheck(regionConfig())).toMatchObject({ status: 'up', details: { brokers: 1 } });
      expect(await kafkaCheck(regionConfig({ KAFKA_SASL_PASSWORD_FILE: undefined, KAFKA_SASL_PASSWORD: WRONG_PASSWORD }))).toMatchObject({
        status: 'down',
        details: { message: expect.stringMatching(/authentication failed/) },
      });
    }, 60_000);
  });
});

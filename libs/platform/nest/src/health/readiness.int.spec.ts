import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, PrivateKafkaBroker, waitFor, type TestDatabase } from '@titrepro/testing';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { probeService } from '../testing/probe-service';

const readinessStatus = async (app: INestApplication): Promise<number> =>
  (await request(app.getHttpServer()).get('/health/ready')).status;

/** Waits (bounded) until readiness reports `status`. */
const awaitReadiness = (app: INestApplication, status: number, seconds: number): Promise<void> =>
  waitFor(`readiness ${status}`, async () => (await readinessStatus(app)) === status, seconds * 1_000, 500);

describe('readiness follows the Kafka broker', () => {
  let broker: PrivateKafkaBroker;
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    [broker, database] = await Promise.all([PrivateKafkaBroker.start(), createTestDatabase('readiness')]);
    app = await createServiceApp(probeService, probeConfig({ DATABASE_URL: database.url, KAFKA_BROKERS: broker.brokers.join(',') }));
    await app.init();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await broker?.destroy();
    await database?.drop();
  });

  it('turns not ready within seconds of the broker dying, and ready again once it is back', async () => {
    expect(await readinessStatus(app)).toBe(200);
    broker.kill();
    await awaitReadiness(app, 503, 10);
    const body = (await request(app.getHttpServer()).get('/health/ready')).body;
    expect(body.checks).toMatchObject({ kafka: { status: 'down' }, postgres: { status: 'up' } });
    await broker.restart();
    await awaitReadiness(app, 200, 30);
  }, 180_000);
});

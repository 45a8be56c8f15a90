import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import request from 'supertest';
import { signDevelopmentToken } from './auth/sign-token';
import { createServiceApp } from './bootstrap/create-service-app';
import { probeConfig } from './testing/probe-config';
import { probeService } from './testing/probe-service';

describe('platform module on real PostgreSQL and Kafka', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const bearer = async (role: 'regional-officer' | 'auditor' | 'candidate', region: string) =>
    `Bearer ${await signDevelopmentToken({ subject: 'someone', role, region })}`;

  beforeAll(async () => {
    database = await createTestDatabase('platform');
    app = await createServiceApp(probeService, probeConfig({ DATABASE_URL: database.url }));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers live and ready when PostgreSQL and Kafka answer', async () => {
    await http().get('/health/live').expect(200);
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', checks: { postgres: { status: 'up' }, kafka: { status: 'up' } } });
  });

  it('serves Prometheus metrics, including request durations', async () => {
    await http().get('/health/live');
    const metrics = await http().get('/metrics').expect(200);
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    expect(metrics.text).toContain('process_cpu_seconds_total');
  });

  it('counts a refused request under the status it was answered with', async () => {
    await http().post('/probe/refused').expect(422);
    const metrics = await http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/probe\/refused",status="422"\} 1/);
  });

  it('serves its OpenAPI document at /docs', async () => {
    const document = await http().get('/docs/openapi.json').expect(200);
    expect(document.body.paths).toHaveProperty('/probe/office');
    await http().get('/docs').expect(200);
  });

  it('refuses a request without a bearer token with 401', async () => {
    const response = await http().get('/probe/office').expect(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toContain('bearer token');
  });

  it('refuses a forged token with 401', async () => {
    const token = (await bearer('regional-officer', 'idf')).slice(0, -4) + 'AAAA';
    await http().get('/probe/office').set('Authorization', token).expect(401);
  });

  it('refuses a role the route does not allow with 403', async () => {
    const response = await http().get('/probe/office').set('Authorization', await bearer('candidate', 'idf')).expect(403);
    expect(response.body.detail).toContain('role "candidate"');
  });

  it("refuses a regional officer of another region with 403", async () => {
    const response = await http().get('/probe/office').set('Authorization', await bearer('regional-officer', 'ara')).expect(403);
    expect(response.body.detail).toContain('region "ara"');
  });

  it('lets an officer of its own region through, and a national auditor from anywhere; a regional auditor of another region is refused', async () => {
    const officer = await http().get('/probe/office').set('Authorization', await bearer('regional-officer', 'idf')).expect(200);
    expect(officer.body).toEqual({ subject: 'someone', role: 'regional-officer', region: 'idf' });
    const national = `Bearer ${await signDevelopmentToken({ subject: 'dgefp', role: 'auditor', region: 'ara', auditorScope: 'national' })}`;
    await http().get('/probe/office').set('Authorization', national).expect(200);
    await http().get('/probe/office').set('Authorization', await bearer('auditor', 'ara')).expect(403);
  });

  it('answers invalid input with 400 problem details naming each field', async () => {
    const response = await http()
      .post('/probe/validated')
      .send({ birthDate: '1990-02-30', contact: { email: 'nope' } })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['birthDate', 'contact.email']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await http().post('/probe/validated').set('Content-Type', 'application/json').send('{"birthDate":').expect(400);
    expect(response.body.detail).toContain('JSON');
  });

  it('maps a rule violation to 422 naming the rule and the rulebook', async () => {
    const response = await http().post('/probe/refused').expect(422);
    expect(response.body).toMatchObject({ ruleId: 'VAE-EXPERIENCE', rulebookId: 'seed-2009', explanation: { fr: 'Expérience insuffisante.' } });
  });

  it('hides the details of an unexpected error behind a 500', async () => {
    const response = await http().get('/probe/crash').expect(500);
    expect(JSON.stringify(response.body)).not.toContain('secret internal detail');
  });
});

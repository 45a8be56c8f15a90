import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { ProbeReadiness } from '../testing/probe-readiness';
import { probeService } from '../testing/probe-service';
import { ReadinessChecks } from './readiness-checks';

describe('/health/ready with a check registered by a module', () => {
  let app: INestApplication;
  let probe: ProbeReadiness;
  const ready = () => request(app.getHttpServer()).get('/health/ready');

  beforeAll(async () => {
    app = await createServiceApp(probeService, probeConfig());
    await app.init();
    probe = app.get(ProbeReadiness);
  });

  afterEach(() => probe.answerWith({ status: 'up' }));

  afterAll(async () => {
    await app?.close();
  });

  it('answers 200 ok naming every check when all are up', async () => {
    const response = await ready().expect(200);
    expect(response.body).toMatchObject({ status: 'ok', checks: { postgres: { status: 'up' }, kafka: { status: 'up' }, probe: { status: 'up' } } });
  });

  it('answers 200 degraded, with the check and its details, when a registered check is degraded', async () => {
    probe.answerWith({ status: 'degraded', details: { parked: 2 } });
    const response = await ready().expect(200);
    expect(response.body).toMatchObject({ status: 'degraded', checks: { postgres: { status: 'up' }, probe: { status: 'degraded', details: { parked: 2 } } } });
  });

  it('answers 503 problem+json naming the check when a registered check is down', async () => {
    probe.answerWith({ status: 'down', details: { reason: 'lost its lock' } });
    const response = await ready().expect(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toBe('not ready: probe down');
    expect(response.body.checks).toMatchObject({ probe: { status: 'down', details: { reason: 'lost its lock' } }, kafka: { status: 'up' } });
  });

  it('counts a check that throws as down, with its message', async () => {
    probe.answerWith('throws');
    const response = await ready().expect(503);
    expect(response.body.checks.probe).toEqual({ status: 'down', details: { message: 'probe check failed' } });
    expect(response.body.detail).toBe('not ready: probe down (probe check failed)');
  });

  it('counts a check that does not answer in time as down', async () => {
    probe.answerWith('hangs');
    const response = await ready().expect(503);
    expect(response.body.checks.probe.details.message).toMatch(/no answer within/);
  }, 15_000);

  it('refuses a second check under a name already taken', () => {
    expect(() => app.get(ReadinessChecks).register('probe', async () => ({ status: 'up' }))).toThrow(/already registered/);
  });
});

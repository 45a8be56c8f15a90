import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { probeService } from '../testing/probe-service';
import { unpolicedProbeService } from '../testing/unpoliced-probe-service';

describe('every route declares who may call it', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createServiceApp(probeService, probeConfig());
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses to start a service with a route that declares no policy, naming the route', async () => {
    const unpoliced = await createServiceApp(unpolicedProbeService, probeConfig());
    try {
      await expect(unpoliced.init()).rejects.toThrow(/GET \/unpoliced\/forgotten/);
      await expect(unpoliced.init()).rejects.toThrow(/@Authorize|@Public/);
    } finally {
      await unpoliced.close().catch(() => undefined);
    }
  });

  it('serves a route marked @Public() without a token', async () => {
    await request(app.getHttpServer()).get('/probe/public').expect(200);
  });

  it('keeps health, metrics and the OpenAPI document public', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);
    // /docs is Swagger's express middleware, outside Nest's guards: public by construction.
    await request(app.getHttpServer()).get('/docs/openapi.json').expect(200);
  });

  it('still asks for a token on a route with @Authorize', async () => {
    await request(app.getHttpServer()).get('/probe/office').expect(401);
  });
});

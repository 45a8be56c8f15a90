import type { INestApplication } from '@nestjs/common';
import { kafkaBrokers, postgresAdminUrl } from '@titrepro/testing';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { ConfigError } from '../config/load-config';
import { probeConfig } from '../testing/probe-config';
import { runProbeProcess } from '../testing/probe-process';
import { probeService } from '../testing/probe-service';
import { signDevelopmentToken } from './sign-token';

const officerToken = () => signDevelopmentToken({ subject: 'someone', role: 'regional-officer', region: 'idf' });

describe('the signing key a service accepts tokens with', () => {
  const apps: INestApplication[] = [];
  const start = async (environment: Record<string, string | undefined>) => {
    const app = await createServiceApp(probeService, probeConfig(environment));
    apps.push(app);
    await app.init();
    return app;
  };

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('does not start with neither AUTH_SECRET, AUTH_PUBLIC_KEY nor ALLOW_DEVELOPMENT_KEY=true, naming them', async () => {
    const starting = createServiceApp(probeService, probeConfig({ ALLOW_DEVELOPMENT_KEY: undefined }));
    await expect(starting).rejects.toBeInstanceOf(ConfigError);
    await expect(starting).rejects.toThrow(/AUTH_SECRET.*AUTH_PUBLIC_KEY.*ALLOW_DEVELOPMENT_KEY=true/);
  });

  it('does not take NODE_ENV=development as leave to use the development key', async () => {
    await expect(
      createServiceApp(probeService, probeConfig({ ALLOW_DEVELOPMENT_KEY: 'false', NODE_ENV: 'development' })),
    ).rejects.toBeInstanceOf(ConfigError);
  });

  it('exits 78 naming ALLOW_DEVELOPMENT_KEY when started as a process without a key', async () => {
    const exit = await runProbeProcess({
      REGION: 'idf',
      DATABASE_URL: postgresAdminUrl(),
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PORT: '3999', // never bound: the process must stop before listening
      LOG_LEVEL: 'silent',
    });
    expect(exit.stderr).toContain('ALLOW_DEVELOPMENT_KEY');
    expect(exit.code).toBe(78);
  }, 60_000);

  it('starts with ALLOW_DEVELOPMENT_KEY=true and accepts development tokens', async () => {
    const app = await start({ ALLOW_DEVELOPMENT_KEY: 'true' });
    await request(app.getHttpServer()).get('/probe/office').set('Authorization', `Bearer ${await officerToken()}`).expect(200);
  });

  it('refuses development tokens when a real key is configured, even with ALLOW_DEVELOPMENT_KEY=true', async () => {
    const app = await start({ ALLOW_DEVELOPMENT_KEY: 'true', AUTH_SECRET: 'a-real-secret-of-at-least-thirty-two-characters' });
    await request(app.getHttpServer()).get('/probe/office').set('Authorization', `Bearer ${await officerToken()}`).expect(401);
  });
});

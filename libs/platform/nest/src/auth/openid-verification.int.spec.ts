import type { INestApplication } from '@nestjs/common';
import { LocalOpenIdProvider } from '@titrepro/testing';
import { decodeProtectedHeader, SignJWT, UnsecuredJWT } from 'jose';
import { createSecretKey } from 'node:crypto';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { probeService } from '../testing/probe-service';

const officer = { subject: 'agent.dupont', role: 'regional-officer', region: 'idf' } as const;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/**
 * A service verifying bearer tokens through a real OpenID provider on this machine
 * (node-oidc-provider, infra/oidc): tokens from its real flows, and the tokens an attacker or a
 * misconfigured client would present. Only OIDC_ISSUERS: the development key is not accepted.
 */
describe('a service verifying tokens through an OpenID provider (OIDC_ISSUERS)', () => {
  let provider: LocalOpenIdProvider;
  let otherProvider: LocalOpenIdProvider;
  const apps: INestApplication[] = [];
  const startService = async (environment: Record<string, string | undefined>) => {
    const app = await createServiceApp(probeService, probeConfig({ ALLOW_DEVELOPMENT_KEY: undefined, ...environment }));
    apps.push(app);
    await app.init();
    return app;
  };
  let app: INestApplication;
  const office = (token: string) => request(app.getHttpServer()).get('/probe/office').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    [provider, otherProvider] = await Promise.all([LocalOpenIdProvider.start(), LocalOpenIdProvider.start()]);
    app = await startService({ OIDC_ISSUERS: provider.oidcIssuers() });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((started) => started.close()));
    await Promise.all([provider?.stop(), otherProvider?.stop()]);
  });

  it('accepts an officer signed in by authorization code + PKCE, with the claims mapped to titrepro`s', async () => {
    const response = await office(await provider.tokenFor(officer)).expect(200);
    expect(response.body).toMatchObject({ subject: 'agent.dupont', role: 'regional-officer', region: 'idf' });
  });

  it('reads a service token got by client credentials as role service of its region', async () => {
    const response = await office(await provider.serviceToken('bre')).expect(403);
    expect(response.body.detail).toContain('role "service"');
  });

  it('refuses an expired token, saying so', async () => {
    const token = await provider.signWithProviderKey({ sub: 'agent.dupont', client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf', exp: Math.floor(Date.now() / 1000) - 120 });
    expect((await office(token).expect(401)).body.detail).toMatch(/expired/);
  });

  it('accepts a token expired by less than the clock skew (30 s)', async () => {
    const token = await provider.signWithProviderKey({ sub: 'agent.dupont', client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf', exp: Math.floor(Date.now() / 1000) - 5 });
    await office(token).expect(200);
  });

  it('refuses a token not valid yet (nbf in the future), saying so', async () => {
    const token = await provider.signWithProviderKey({ sub: 'agent.dupont', client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf', exp: inAnHour(), nbf: inAnHour() - 600 });
    expect((await office(token).expect(401)).body.detail).toMatch(/not valid yet/);
  });

  it('refuses a token of another issuer, naming it', async () => {
    const response = await office(await otherProvider.tokenFor(officer)).expect(401);
    expect(response.body.detail).toContain(`issuer "${otherProvider.issuer}" is not trusted`);
  });

  it('refuses a token of another provider claiming the trusted issuer', async () => {
    const forged = await otherProvider.signWithProviderKey({ iss: provider.issuer, sub: 'agent.dupont', client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf', exp: inAnHour() });
    expect((await office(forged).expect(401)).body.detail).toMatch(/no published key of its issuer matches it/);
  });

  it('refuses a token the provider issued for another audience', async () => {
    const response = await office(await provider.tokenFor(officer, 'urn:another-service')).expect(401);
    expect(response.body.detail).toMatch(/another audience/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const unsigned = new UnsecuredJWT({ sub: 'agent.dupont', client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf' })
      .setIssuer(provider.issuer)
      .setAudience(provider.audience)
      .setExpirationTime('5m')
      .encode();
    expect((await office(unsigned).expect(401)).body.detail).toMatch(/algorithm is not allowed/);
  });

  it('refuses HS256 signed with the provider`s public key (algorithm confusion)', async () => {
    const confused = await new SignJWT({ client_id: 'titrepro-agents', titrepro_role: 'regional-officer', titrepro_region: 'idf' })
      .setProtectedHeader({ alg: 'HS256', kid: provider.currentKid })
      .setSubject('agent.dupont')
      .setIssuer(provider.issuer)
      .setAudience(provider.audience)
      .setExpirationTime('5m')
      .sign(createSecretKey(Buffer.from(provider.publicKeyPem())));
    expect((await office(confused).expect(401)).body.detail).toMatch(/algorithm is not allowed/);
  });

  it('refuses a development-key token: OIDC_ISSUERS alone does not open the development key', async () => {
    const development = await new SignJWT({ role: 'regional-officer', region: 'idf' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('agent.dupont')
      .setIssuer('titrepro')
      .setAudience('titrepro')
      .setExpirationTime('5m')
      .sign(createSecretKey(Buffer.from('titrepro-development-signing-key-not-for-production')));
    expect((await office(development).expect(401)).body.detail).toContain('issuer "titrepro" is not trusted');
  });

  it('refuses a candidate or service role claimed through the agents` client', async () => {
    const response = await office(await provider.tokenFor({ subject: 'pretender', role: 'service', region: 'idf' })).expect(401);
    expect(response.body.detail).toContain('may not be "service"');
  });

  it('honours the old key while it is published and fetches a new kid on first sight after a rotation', async () => {
    // A cooldown of 0: a new kid is fetched on the first token that names it, not up to 30 s later.
    const rotating = await LocalOpenIdProvider.start();
    try {
      const service = await startService({ OIDC_ISSUERS: rotating.oidcIssuers(), OIDC_JWKS_COOLDOWN_SECONDS: '0' });
      const call = (token: string) => request(service.getHttpServer()).get('/probe/office').set('Authorization', `Bearer ${token}`);
      const beforeRotation = await rotating.tokenFor(officer);
      await call(beforeRotation).expect(200);

      await rotating.rotateKeys();
      const afterRotation = await rotating.tokenFor(officer);
      expect(decodeProtectedHeader(afterRotation).kid).not.toBe(decodeProtectedHeader(beforeRotation).kid);
      await call(afterRotation).expect(200);
      await call(beforeRotation).expect(200);
    } finally {
      await rotating.stop();
    }
  }, 60_000);

  it('starts while its provider is down, reports it in readiness, answers 503 (not 401) until the provider is back', async () => {
    const flaky = await LocalOpenIdProvider.start();
    try {
      const token = await flaky.tokenFor(officer);
      await flaky.stop();
      const service = await startService({ OIDC_ISSUERS: flaky.oidcIssuers() });
      const http = () => request(service.getHttpServer());

      const readiness = await http().get('/health/ready').expect(503);
      expect(JSON.stringify(readiness.body)).toContain(`identity-provider:${flaky.issuer}`);
      const refused = await http().get('/probe/office').set('Authorization', `Bearer ${token}`).expect(503);
      expect(refused.body.detail).toContain('cannot be checked now');

      await flaky.resume();
      await http().get('/probe/office').set('Authorization', `Bearer ${token}`).expect(200);
      await http().get('/health/ready').expect(200);
    } finally {
      await flaky.stop();
    }
  }, 60_000);
});

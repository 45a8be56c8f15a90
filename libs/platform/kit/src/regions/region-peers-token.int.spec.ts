import { ConfigError, loadConfig, TokenVerifier, type OpenIdIssuer } from '@titrepro/platform-nest';
import { isTransientFailure } from '@titrepro/event-store';
import { freePort, LocalOpenIdProvider } from '@titrepro/testing';
import { decodeJwt } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { kitConfigSchema, type KitConfig } from '../config/kit-config';
import { PeerCallError, RegionPeers } from './region-peers';
import { ClientCredentialsTokens } from './region-peers-token';

/** A peer that answers who the bearer token says is calling, as its services' verifier reads it. */
const peerReading = (verifier: TokenVerifier): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      verifier.verify(token).then(
        (caller) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(caller)),
        (error: Error) => response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: error.message })),
      );
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

describe('a deployment gets its region-to-region token from the identity provider by client credentials', () => {
  let provider: LocalOpenIdProvider;
  let peer: Server;
  beforeAll(async () => {
    provider = await LocalOpenIdProvider.start();
    const issuers = JSON.parse(provider.oidcIssuers()) as OpenIdIssuer[];
    peer = await peerReading(new TokenVerifier(undefined, { issuers, clockSkewSeconds: 30, jwksCooldownSeconds: 30 }));
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => peer?.close(resolve));
    await provider?.stop();
  });

  const credentials = (secret = provider.serviceClient('idf').secret) => ({
    issuer: provider.issuer,
    clientId: provider.serviceClient('idf').clientId,
    clientSecret: secret,
    audience: provider.audience,
  });

  it('calls a peer with the provider`s token, which the peer reads as role service of this region', async () => {
    const peers = new RegionPeers(
      {
        REGION: 'idf',
        REGION_PEERS: new Map([['bre', `http://127.0.0.1:${(peer.address() as AddressInfo).port}`]]),
        SERVICE_TOKEN_ISSUER: provider.issuer,
        SERVICE_CLIENT_ID: provider.serviceClient('idf').clientId,
        SERVICE_CLIENT_SECRET: provider.serviceClient('idf').secret,
        SERVICE_TOKEN_AUDIENCE: provider.audience,
        ALLOW_DEVELOPMENT_KEY: false,
      } as unknown as KitConfig,
      'document-issuance',
    );
    const caller = await peers.get('bre', '/whoami', z.object({ subject: z.string(), role: z.string(), region: z.string() }));
    expect(caller).toEqual({ subject: 'titrepro-service-idf', role: 'service', region: 'idf' });
  });

  it('keeps its token until it is due for renewal (80 % of its life), then asks for a new one', async () => {
    let now = Date.now();
    const tokens = new ClientCredentialsTokens(credentials(), () => now);
    const first = await tokens.token();
    expect(await tokens.token()).toBe(first);
    const { exp, iat } = decodeJwt(first);
    now += ((exp ?? 0) - (iat ?? 0)) * 0.8 * 1000 + 1000;
    const renewed = await tokens.token();
    expect(decodeJwt(renewed).jti).not.toBe(decodeJwt(first).jti);
  });

  it('shares one request between concurrent callers', async () => {
    const tokens = new ClientCredentialsTokens(credentials());
    const [one, two, three] = await Promise.all([tokens.token(), tokens.token(), tokens.token()]);
    expect(new Set([one, two, three]).size).toBe(1);
  });

  it('takes a wrong secret as a refusal, not retried, naming the provider`s reason', async () => {
    const failure = await new ClientCredentialsTokens(credentials('not-the-secret')).token().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PeerCallError);
    expect((failure as Error).message).toContain('invalid_client');
    expect(isTransientFailure(failure)).toBe(false);
  });

  it('takes a provider that does not answer as transient: the event is retried', async () => {
    const closed = await freePort();
    const failure = await new ClientCredentialsTokens({ ...credentials(), issuer: `http://127.0.0.1:${closed}` }).token().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PeerCallError);
    expect(isTransientFailure(failure)).toBe(true);
  });

  it('does not start with half a client (SERVICE_CLIENT_ID without its issuer and secret)', () => {
    expect(() =>
      loadConfig(kitConfigSchema, {
        REGION: 'idf',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
        KEY_STORE_URL: 'postgres://postgres@127.0.0.1:5432/y',
        KAFKA_BROKERS: '127.0.0.1:9092',
        ALLOW_DEVELOPMENT_KEY: 'true',
        SERVICE_CLIENT_ID: 'titrepro-service-idf',
      }),
    ).toThrow(ConfigError);
  });
});

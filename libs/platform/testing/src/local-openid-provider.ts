import { spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SignJWT, type JWTPayload } from 'jose';
import { freePort } from './free-port';
import { authorizationCodeToken, clientCredentialsToken } from './openid-flows';

const PROVIDER_SCRIPT = resolve(__dirname, '../../../../infra/oidc/local-provider.mjs');

/** The claims of a person the local provider signs in, ProConnect-style (titrepro_* are what OIDC_ISSUERS maps). */
export interface LocalPerson {
  readonly subject: string;
  readonly role: string;
  readonly region?: string;
  readonly auditorScope?: string;
  readonly email?: string;
  readonly siret?: string;
}

export interface LocalServiceClient {
  readonly clientId: string;
  readonly secret: string;
  readonly region: string;
}

type PrivateJwk = JsonWebKey & { kid: string; alg: string };

const newSigningKey = (): PrivateJwk => ({
  ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
  alg: 'ES256',
  use: 'sig',
  kid: `local-${randomBytes(6).toString('hex')}`,
});

/** How the claims of the local provider's tokens map to titrepro's: the OIDC_ISSUERS a service is given. */
export const LOCAL_CLAIM_MAPPING = { role: 'titrepro_role', region: 'titrepro_region', auditor_scope: 'titrepro_auditor_scope' } as const;

/**
 * A real OpenID provider (node-oidc-provider, infra/oidc/local-provider.mjs) in a child process, for
 * tests: tokens come from its real flows (authorization code + PKCE for people, client credentials
 * for services), signed with keys it publishes at its JWKS, which it can rotate.
 *
 *   const provider = await LocalOpenIdProvider.start();
 *   const app = …({ OIDC_ISSUERS: provider.oidcIssuers() });
 *   const token = await provider.tokenFor({ subject: 'officer@idf', role: 'regional-officer', region: 'idf' });
 */
export class LocalOpenIdProvider {
  private child: ChildProcess | undefined;
  private keys: PrivateJwk[];
  private readonly people = new Map<string, Record<string, unknown>>();

  private constructor(
    readonly port: number,
    readonly audience: string,
    private readonly services: readonly LocalServiceClient[],
    private readonly extraResources: readonly string[],
  ) {
    this.keys = [newSigningKey()];
  }

  /** Starts a provider on a free port; `services` are its client credentials clients (default: one per region idf, bre). */
  static async start(options: { services?: LocalServiceClient[]; audience?: string; extraResources?: string[] } = {}): Promise<LocalOpenIdProvider> {
    const services = options.services ?? ['idf', 'bre'].map((region) => ({ clientId: `titrepro-service-${region}`, secret: `local-secret-${region}`, region }));
    const provider = new LocalOpenIdProvider(await freePort(), options.audience ?? 'urn:titrepro', services, options.extraResources ?? ['urn:another-service']);
    await provider.launch();
    return provider;
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The kid the provider signs with now. */
  get currentKid(): string {
    return this.keys[0]!.kid;
  }

  /** OIDC_ISSUERS for a service that trusts this provider for agents and services (candidates: see candidatesIssuer). */
  oidcIssuers(): string {
    return JSON.stringify([
      { issuer: this.issuer, audience: this.audience, kind: 'agents', clients: ['titrepro-agents'], claims: LOCAL_CLAIM_MAPPING },
      { issuer: this.issuer, audience: this.audience, kind: 'services', clients: this.services.map((service) => service.clientId), claims: { region: 'titrepro_region' } },
    ]);
  }

  /** A person's access token, by the authorization code flow with PKCE (client titrepro-agents). */
  async tokenFor(person: LocalPerson, resource = this.audience): Promise<string> {
    await this.register(person.subject, {
      titrepro_role: person.role,
      ...(person.region === undefined ? {} : { titrepro_region: person.region }),
      ...(person.auditorScope === undefined ? {} : { titrepro_auditor_scope: person.auditorScope }),
      email: person.email ?? `${person.subject.replace(/[^A-Za-z0-9.-]/g, '-')}@example.gouv.fr`,
      siret: person.siret ?? '13002526500013',
    });
    return authorizationCodeToken(this.issuer, 'titrepro-agents', person.subject, resource);
  }

  /** A candidate's access token (client titrepro-candidates): its subject is pairwise, not `accountId`. */
  async candidateToken(accountId: string): Promise<string> {
    await this.register(accountId, {});
    return authorizationCodeToken(this.issuer, 'titrepro-candidates', accountId, this.audience);
  }

  /** A deployment's access token, by client credentials. */
  serviceToken(region = 'idf', resource = this.audience): Promise<string> {
    const client = this.services.find((service) => service.region === region);
    if (!client) throw new Error(`no service client for region ${region}`);
    return clientCredentialsToken(this.issuer, { id: client.clientId, secret: client.secret }, resource);
  }

  serviceClient(region = 'idf'): LocalServiceClient {
    const client = this.services.find((service) => service.region === region);
    if (!client) throw new Error(`no service client for region ${region}`);
    return client;
  }

  /**
   * Signs `payload` with the provider's current private key, as the provider would: for the tokens
   * its flows never issue (expired, not valid yet). Issuer and audience default to the provider's.
   */
  signWithProviderKey(payload: JWTPayload): Promise<string> {
    const key = this.keys[0]!;
    return new SignJWT({ iss: this.issuer, aud: this.audience, ...payload })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
      .sign(createPrivateKey({ key: key, format: 'jwk' }));
  }

  /** The current public key, as PEM: what an attacker can read from the JWKS. */
  publicKeyPem(): string {
    return createPublicKey({ key: this.keys[0]!, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Rotates: a new key signs from now on; the old one stays published until retireOldKeys. Restarts the process on the same port. */
  async rotateKeys(): Promise<void> {
    this.keys = [newSigningKey(), ...this.keys];
    await this.restart();
  }

  /** Stops publishing every key but the current one. */
  async retireOldKeys(): Promise<void> {
    this.keys = this.keys.slice(0, 1);
    await this.restart();
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  /** Starts it again after stop(), on the same port, with the same keys and accounts (a provider back after an outage). */
  resume(): Promise<void> {
    return this.launch();
  }

  private async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  private async register(id: string, claims: Record<string, unknown>): Promise<void> {
    this.people.set(id, claims);
    const response = await fetch(`${this.issuer}/local/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, claims }),
    });
    if (response.status !== 204) throw new Error(`the local provider refused account ${id}: ${response.status}`);
  }

  private async launch(): Promise<void> {
    const settings = {
      port: this.port,
      audience: this.audience,
      resources: this.extraResources,
      keys: this.keys,
      accounts: Object.fromEntries(this.people),
      services: this.services.map((service) => ({ clientId: service.clientId, secret: service.secret, claims: { titrepro_role: 'service', titrepro_region: service.region } })),
    };
    const child = spawn(process.execPath, [PROVIDER_SCRIPT], {
      env: { ...process.env, LOCAL_OIDC_CONFIG: JSON.stringify(settings), DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((ready, fail) => {
      const lines = createInterface({ input: child.stdout! });
      lines.once('line', () => ready());
      child.once('exit', (code) => fail(new Error(`the local OpenID provider exited with ${code}: ${errors}`)));
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { developmentSigningKey, SERVICE_CONFIG, SERVICE_NAME, signTokenWith } from '@titrepro/platform-nest';
import { createSecretKey } from 'node:crypto';
import type { z } from 'zod';
import type { KitConfig } from '../config/kit-config';
import { PeerCallError } from './region-peers.error';
import { serviceClientOf } from './region-peers.config';
import { ClientCredentialsTokens } from './region-peers-token';

export { PeerCallError } from './region-peers.error';

const TIMEOUT_MS = 10_000;

/**
 * Calls this service of another region, as this region's service identity: a bearer token with
 * role `service` and this region, which the peer checks (it answers only what this region may
 * have, e.g. a file it handed over to it). The token comes from the identity provider by client
 * credentials (SERVICE_CLIENT_ID…); without them, tests and the demo sign their own with
 * AUTH_SECRET or the development key (ALLOW_DEVELOPMENT_KEY).
 */
@Injectable()
export class RegionPeers {
  private readonly clientCredentials: ClientCredentialsTokens | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
  ) {
    const client = serviceClientOf(config);
    this.clientCredentials = client ? new ClientCredentialsTokens(client) : undefined;
  }

  /** GETs `path` from `region` and checks the answer against `schema`. */
  async get<Schema extends z.ZodType>(region: string, path: string, schema: Schema): Promise<z.output<Schema>> {
    const base = this.config.REGION_PEERS.get(region);
    if (!base) throw new PeerCallError(region, 0, `no URL for region ${region} in REGION_PEERS`);
    // Before the call: a provider refusing this deployment is not the peer being unreachable.
    const token = await this.token();
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PeerCallError(region, 0, `region ${region} did not answer GET ${path}: ${(error as Error).message}`, { unreachable: true, cause: error });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const detail = (body as { detail?: unknown } | undefined)?.detail;
      throw new PeerCallError(region, response.status, `region ${region} answered GET ${path} with ${response.status}: ${typeof detail === 'string' ? detail : 'no detail'}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new PeerCallError(region, response.status, `region ${region} answered GET ${path} with an unexpected body: ${parsed.error.message}`);
    return parsed.data;
  }

  private async token(): Promise<string> {
    if (this.clientCredentials) return this.clientCredentials.token();
    const key = this.config.AUTH_SECRET ? createSecretKey(Buffer.from(this.config.AUTH_SECRET)) : this.config.ALLOW_DEVELOPMENT_KEY ? developmentSigningKey().key : undefined;
    if (!key) throw new PeerCallError('', 0, 'region-to-region calls need SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET and SERVICE_TOKEN_ISSUER (or AUTH_SECRET, or ALLOW_DEVELOPMENT_KEY=true outside production)');
    return signTokenWith(key, { subject: `${this.serviceName}.${this.config.REGION}`, role: 'service', region: this.config.REGION });
  }
}

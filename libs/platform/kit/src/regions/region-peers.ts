import { Inject, Injectable } from '@nestjs/common';
import { developmentSigningKey, SERVICE_CONFIG, SERVICE_NAME, signTokenWith } from '@titrepro/platform-nest';
import { readFile } from 'node:fs/promises';
import { createSecretKey } from 'node:crypto';
import type { z } from 'zod';
import type { KitConfig } from '../config/kit-config';

/** Statuses that say the peer cannot answer now, not that the request is wrong. */
const UNAVAILABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * A peer region answered with an error: `status` is its HTTP status (0 when it could not be reached).
 * `transient` when the peer was unreachable or unavailable (restarting, out of connections): the
 * consumers retry such a failure for as long as it lasts instead of dead-lettering the event
 * (`isTransientFailure`). A refusal (4xx), an unexpected body or a missing configuration is not.
 */
export class PeerCallError extends Error {
  override readonly name = 'PeerCallError';
  readonly transient: boolean;
  constructor(
    readonly region: string,
    readonly status: number,
    message: string,
    options: { readonly unreachable?: boolean; readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.transient = options.unreachable === true || UNAVAILABLE_STATUSES.has(status);
  }
}

const TIMEOUT_MS = 10_000;

/**
 * Calls this service of another region, as this region's service identity: a bearer token with
 * role `service` and this region, which the peer checks (it answers only what this region may
 * have, e.g. a file it handed over to it).
 */
@Injectable()
export class RegionPeers {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
  ) {}

  /** GETs `path` from `region` and checks the answer against `schema`. */
  async get<Schema extends z.ZodType>(region: string, path: string, schema: Schema): Promise<z.output<Schema>> {
    const base = this.config.REGION_PEERS.get(region);
    if (!base) throw new PeerCallError(region, 0, `no URL for region ${region} in REGION_PEERS`);
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${await this.token()}`, accept: 'application/json' },
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
    if (this.config.SERVICE_TOKEN_FILE) return (await readFile(this.config.SERVICE_TOKEN_FILE, 'utf8')).trim();
    const key = this.config.AUTH_SECRET ? createSecretKey(Buffer.from(this.config.AUTH_SECRET)) : this.config.ALLOW_DEVELOPMENT_KEY ? developmentSigningKey().key : undefined;
    if (!key) throw new PeerCallError('', 0, 'region-to-region calls need SERVICE_TOKEN_FILE (or AUTH_SECRET, or ALLOW_DEVELOPMENT_KEY=true outside production)');
    return signTokenWith(key, { subject: `${this.serviceName}.${this.config.REGION}`, role: 'service', region: this.config.REGION });
  }
}

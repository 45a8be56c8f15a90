import { regionCode } from '@titrepro/domain-kernel';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ClientCredentials } from './region-peers-token';

const peerEntry = z.tuple([regionCode, z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })]);

/**
 * `REGION_PEERS`: where this service of the other regions answers, `idf=https://…,bre=https://…`.
 * In production the URLs are https with mutual TLS between the regions' gateways; here, http.
 */
export const regionPeersVariable = z
  .string()
  .default('')
  .transform((value, context) => {
    const peers = new Map<string, string>();
    for (const entry of value.split(',').filter((part) => part.trim().length > 0)) {
      const parsed = peerEntry.safeParse(entry.trim().split(/=(.*)/s).slice(0, 2));
      if (!parsed.success) {
        context.addIssue({ code: 'custom', message: `must be region=url[,region=url…]; ${JSON.stringify(entry)} is not` });
        return z.NEVER;
      }
      peers.set(parsed.data[0], parsed.data[1].replace(/\/+$/, ''));
    }
    return peers as ReadonlyMap<string, string>;
  });

export const regionPeerVariables = {
  REGION_PEERS: regionPeersVariable,
  /**
   * This deployment's client at its identity provider, for region-to-region calls: the provider's
   * issuer URL (its token endpoint is discovered), the client id and its secret (or a file holding
   * it, mounted from a secret), and the audience the peers accept. The token is asked by client
   * credentials and renewed before it expires (region-peers-token.ts). All three or none: without
   * them the service signs its own with AUTH_SECRET, or the development key (ALLOW_DEVELOPMENT_KEY).
   */
  SERVICE_TOKEN_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  SERVICE_CLIENT_ID: z.string().min(1).optional(),
  SERVICE_CLIENT_SECRET: z.string().min(1).optional(),
  SERVICE_CLIENT_SECRET_FILE: z.string().min(1).optional(),
  SERVICE_TOKEN_AUDIENCE: z.string().min(1).default('urn:titrepro'),
};

interface ServiceClientSettings {
  readonly SERVICE_TOKEN_ISSUER?: string | undefined;
  readonly SERVICE_CLIENT_ID?: string | undefined;
  readonly SERVICE_CLIENT_SECRET?: string | undefined;
  readonly SERVICE_CLIENT_SECRET_FILE?: string | undefined;
  readonly SERVICE_TOKEN_AUDIENCE: string;
}

/** The client credentials of SERVICE_*, or undefined when none is set (refineServiceClient refused a partial set at start-up). */
export const serviceClientOf = (config: ServiceClientSettings): ClientCredentials | undefined => {
  const { SERVICE_TOKEN_ISSUER: issuer, SERVICE_CLIENT_ID: clientId } = config;
  if (!issuer || !clientId) return undefined;
  const clientSecret = config.SERVICE_CLIENT_SECRET ?? readFileSync(config.SERVICE_CLIENT_SECRET_FILE ?? '', 'utf8').trim();
  return { issuer, clientId, clientSecret, audience: config.SERVICE_TOKEN_AUDIENCE };
};

/** A deployment with half a client would sign its own development tokens, or none: it must not start. */
export const refineServiceClient = (config: ServiceClientSettings, context: z.RefinementCtx): void => {
  const secrets = [config.SERVICE_CLIENT_SECRET, config.SERVICE_CLIENT_SECRET_FILE].filter((value) => value !== undefined).length;
  const set = [config.SERVICE_TOKEN_ISSUER, config.SERVICE_CLIENT_ID].filter((value) => value !== undefined).length + Math.min(secrets, 1);
  if (set > 0 && set < 3) {
    context.addIssue({ code: 'custom', path: ['SERVICE_CLIENT_ID'], message: 'goes with SERVICE_TOKEN_ISSUER and SERVICE_CLIENT_SECRET (or SERVICE_CLIENT_SECRET_FILE): set all three or none' });
  }
  if (secrets > 1) context.addIssue({ code: 'custom', path: ['SERVICE_CLIENT_SECRET'], message: 'and SERVICE_CLIENT_SECRET_FILE are both set: keep one' });
  if (config.SERVICE_CLIENT_SECRET_FILE && !existsSync(config.SERVICE_CLIENT_SECRET_FILE)) {
    context.addIssue({ code: 'custom', path: ['SERVICE_CLIENT_SECRET_FILE'], message: 'names no readable file' });
  }
};

import { regionCode } from '@titrepro/domain-kernel';
import { z } from 'zod';

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
   * A file holding this service's bearer token for region-to-region calls, as the identity provider
   * issued it (client credentials, role `service`, this region), kept fresh by a sidecar. Without it
   * the service signs its own with AUTH_SECRET, or the development key (ALLOW_DEVELOPMENT_KEY).
   */
  SERVICE_TOKEN_FILE: z.string().min(1).optional(),
};

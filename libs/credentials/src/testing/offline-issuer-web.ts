import { didWebDocumentUrl } from '../issuer-did';
import type { IssuerRegistry } from '../issuer-registry';
import type { StatusListStore } from './test-issuers';

/** What our web server would answer: each region's did.json and the published status lists. */
export const issuerWeb =
  (registry: IssuerRegistry, statusLists: StatusListStore, extra: Readonly<Record<string, object>> = {}) =>
  async (url: string): Promise<object | undefined> => {
    const region = registry.regions().find((candidate) => didWebDocumentUrl(registry.didOf(candidate)) === url);
    if (region !== undefined) return registry.didDocumentOf(region);
    return extra[url] ?? (await statusLists.credentialAt(url));
  };

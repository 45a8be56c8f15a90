import { createHash } from 'node:crypto';
import { type Title, findTitle } from '@titrepro/domain-referential';
import type { IssuerConfig, IssuerKeyConfig } from '../issuer-config';
import { IssuerRegistry } from '../issuer-registry';
import type { JsonObject } from '../json';
import { emptyStatusList, setRevoked, signStatusListCredential } from '../status-list';

export const HOST = 'titrepro.example.fr';
export const REGION = 'idf';
export const HOLDER = 'Hélène D’Arcy-Lefèvre';

/** A deterministic test seed; never a real key. */
export const seedOf = (label: string): Uint8Array => new Uint8Array(createHash('sha256').update(`titrepro test key ${label}`).digest());

export const signingKey = (id: string): IssuerKeyConfig => ({ id, seed: seedOf(id) });

export const registryWith = (keys: readonly IssuerKeyConfig[], region = REGION): Promise<IssuerRegistry> => {
  const config: IssuerConfig = { host: HOST, regions: new Map([[region, { name: 'DREETS Île-de-France — Unité territoriale', keys }]]) };
  return IssuerRegistry.create(config);
};

export const tsgeri = (): Title => {
  const title = findTitle('TP-00495');
  if (!title) throw new Error('the referential has no TSGERI');
  return title;
};

/** ADVF: the shipped title with a CCS (CCS1). */
export const advf = (): Title => {
  const title = findTitle('TP-00366');
  if (!title || title.ccss.length === 0) throw new Error('the referential has no ADVF with its CCS');
  return title;
};

/**
 * The region's status lists as the service would keep them: encoded bits per list, and the signed
 * credential published for each.
 */
export class StatusListStore {
  private readonly published = new Map<string, JsonObject>();
  private readonly lists = new Map<string, string>();

  constructor(
    private readonly registry: IssuerRegistry,
    private readonly region = REGION,
  ) {}

  async publish(list: number): Promise<string> {
    const url = this.registry.statusListUrl(this.region, list);
    const encodedList = this.lists.get(url) ?? (await emptyStatusList());
    this.lists.set(url, encodedList);
    this.published.set(url, await signStatusListCredential(this.registry, { region: this.region, url, encodedList }));
    return url;
  }

  async revoke(list: number, index: number, revoked = true): Promise<void> {
    const url = this.registry.statusListUrl(this.region, list);
    this.lists.set(url, await setRevoked(this.lists.get(url) ?? (await emptyStatusList()), index, revoked));
    await this.publish(list);
  }

  credentialAt = async (url: string): Promise<JsonObject | undefined> => this.published.get(url);
}

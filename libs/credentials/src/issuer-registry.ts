import { type DidDocument, didDocument, type MultikeyVerificationMethod } from './did-document';
import type { IssuerConfig, IssuerKeyConfig } from './issuer-config';
import { regionDid } from './issuer-did';
import { CONTEXT } from './bundled-contexts';
import { type Ed25519KeyPair, type Signer, loadVcLibraries } from './vc-libraries';

/** An Open Badges issuer `Profile`, as it appears in our credentials. */
export interface IssuerProfile {
  readonly id: string;
  readonly type: readonly ['Profile'];
  readonly name: string;
}

/** The region is not one of those the issuer configuration holds. */
export class UnknownRegionError extends Error {
  constructor(readonly region: string) {
    super(`no issuer keys for region ${JSON.stringify(region)}`);
    this.name = 'UnknownRegionError';
  }
}

/** The region's newest key has no seed here: this deployment verifies that region's documents only. */
export class RegionCannotSignError extends Error {
  constructor(readonly region: string) {
    super(`region ${JSON.stringify(region)} has no signing key here (its newest key has no seed)`);
    this.name = 'RegionCannotSignError';
  }
}

interface RegionIssuer {
  readonly profile: IssuerProfile;
  readonly document: DidDocument;
  readonly signer: Signer | undefined;
}

const keyPairOf = async (did: string, key: IssuerKeyConfig): Promise<Ed25519KeyPair> => {
  const { Ed25519Multikey } = await loadVcLibraries();
  const id = `${did}#${key.id}`;
  if ('seed' in key) return Ed25519Multikey.generate({ id, controller: did, seed: key.seed });
  return Ed25519Multikey.from({ '@context': CONTEXT.multikey, id, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase });
};

const methodOf = (keyPair: Ed25519KeyPair): MultikeyVerificationMethod => ({
  id: keyPair.id,
  type: 'Multikey',
  controller: keyPair.controller,
  publicKeyMultibase: keyPair.publicKeyMultibase,
});

const statusListOriginOf = (config: IssuerConfig): string => {
  if (config.statusListOrigin === undefined) return `https://${decodeURIComponent(config.host)}`;
  const url = new URL(config.statusListOrigin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`status lists are published over http(s), not ${url.protocol}`);
  return url.origin;
};

/**
 * Our issuers: one did:web per region, its Ed25519 keys, and the signer of its newest key. Secrets
 * stay inside: only DID documents, profiles and opaque signers come out.
 */
export class IssuerRegistry {
  private constructor(
    readonly host: string,
    /** Where status lists are published: scheme, host and port, no trailing slash. */
    private readonly statusListOrigin: string,
    private readonly byRegion: ReadonlyMap<string, RegionIssuer>,
    private readonly regionByDid: ReadonlyMap<string, string>,
  ) {}

  /** Derives every region's keys (public keys from seeds, checks of given public keys). */
  static async create(config: IssuerConfig): Promise<IssuerRegistry> {
    const byRegion = new Map<string, RegionIssuer>();
    for (const [region, { name, keys }] of config.regions) {
      const did = regionDid(config.host, region);
      const keyPairs = await Promise.all(keys.map((key) => keyPairOf(did, key)));
      const newest = keys.at(-1);
      const newestPair = keyPairs.at(-1);
      byRegion.set(region, {
        profile: { id: did, type: ['Profile'], name },
        document: didDocument(did, keyPairs.map(methodOf)),
        signer: newest && 'seed' in newest && newestPair ? newestPair.signer() : undefined,
      });
    }
    return new IssuerRegistry(config.host, statusListOriginOf(config), byRegion, new Map([...byRegion].map(([region, issuer]) => [issuer.profile.id, region])));
  }

  regions(): readonly string[] {
    return [...this.byRegion.keys()];
  }

  didOf(region: string): string {
    return this.issuerOf(region).profile.id;
  }

  /** The region's DID document (`GET /regions/:region/did.json`). */
  didDocumentOf(region: string): DidDocument {
    return this.issuerOf(region).document;
  }

  profileOf(region: string): IssuerProfile {
    return this.issuerOf(region).profile;
  }

  /** The region a DID of ours belongs to; undefined for any other DID. */
  regionOfDid(did: string): string | undefined {
    return this.regionByDid.get(did);
  }

  /** The DID document of one of our DIDs; undefined for any other DID. */
  documentOfDid = (did: string): DidDocument | undefined => {
    const region = this.regionByDid.get(did);
    return region === undefined ? undefined : this.didDocumentOf(region);
  };

  canSign(region: string): boolean {
    return this.issuerOf(region).signer !== undefined;
  }

  /** The signer of the region's newest key; its `id` is the verification method it signs as. */
  signerOf(region: string): Signer {
    const { signer } = this.issuerOf(region);
    if (!signer) throw new RegionCannotSignError(region);
    return signer;
  }

  /** Where the region publishes status list `list` (`GET /regions/:region/status-lists/:list`). */
  statusListUrl(region: string, list: number): string {
    this.issuerOf(region);
    if (!Number.isSafeInteger(list) || list < 0) throw new RangeError(`status list number must be a natural number, got ${list}`);
    return `${this.statusListOrigin}/regions/${region}/status-lists/${list}`;
  }

  private issuerOf(region: string): RegionIssuer {
    const issuer = this.byRegion.get(region);
    if (!issuer) throw new UnknownRegionError(region);
    return issuer;
  }
}

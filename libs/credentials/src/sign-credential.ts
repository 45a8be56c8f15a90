import { createDocumentLoader } from './document-loader';
import type { IssuerRegistry } from './issuer-registry';
import { type JsonObject, isJsonObject } from './json';
import { loadVcLibraries } from './vc-libraries';

/** A Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF Dataset Canonicalization + Ed25519). */
export interface DataIntegrityProof {
  readonly type: 'DataIntegrityProof';
  readonly cryptosuite: 'eddsa-rdfc-2022';
  readonly created: string;
  readonly verificationMethod: string;
  readonly proofPurpose: 'assertionMethod';
  readonly proofValue: string;
}

/** JSON without `undefined`s, class instances or shared references: exactly what is signed. */
export const toJson = (value: object): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

export const issuerIdOf = (credential: JsonObject): unknown =>
  isJsonObject(credential['issuer']) ? credential['issuer']['id'] : credential['issuer'];

/**
 * Signs a credential as the region's issuer, with the region's newest key. The credential's
 * `issuer` must be the region's DID; the proof's `created` is `now`.
 */
export const signCredential = async (registry: IssuerRegistry, region: string, unsigned: object, now = new Date()): Promise<JsonObject> => {
  const credential = toJson(unsigned);
  const did = registry.didOf(region);
  if (issuerIdOf(credential) !== did) throw new Error(`the credential's issuer must be ${did}, the DID of region ${region}`);
  const { vc, DataIntegrityProof, cryptosuite } = await loadVcLibraries();
  const suite = new DataIntegrityProof({ signer: registry.signerOf(region), cryptosuite, date: now });
  const documentLoader = await createDocumentLoader({ didDocumentOf: registry.documentOfDid });
  return vc.issue({ credential, suite, documentLoader, now });
};

import { CONTEXT } from './bundled-contexts';

/** An Ed25519 public key as a Multikey verification method (W3C Controlled Identifiers). */
export interface MultikeyVerificationMethod {
  readonly id: string;
  readonly type: 'Multikey';
  readonly controller: string;
  readonly publicKeyMultibase: string;
}

/** A region's DID document, as served at `GET /regions/:region/did.json`. */
export interface DidDocument {
  readonly '@context': readonly [typeof CONTEXT.did, typeof CONTEXT.multikey];
  readonly id: string;
  readonly verificationMethod: readonly MultikeyVerificationMethod[];
  /** Every key, current and retired: a retired key no longer signs but still verifies what it signed. */
  readonly assertionMethod: readonly string[];
}

export const didDocument = (did: string, methods: readonly MultikeyVerificationMethod[]): DidDocument => ({
  '@context': [CONTEXT.did, CONTEXT.multikey],
  id: did,
  verificationMethod: methods,
  assertionMethod: methods.map((method) => method.id),
});

/** What a DID URL names in a document: the document itself, or one of its verification methods. */
export const dereference = (document: DidDocument, didUrl: string): DidDocument | MultikeyVerificationMethod | undefined =>
  didUrl === document.id ? document : document.verificationMethod.find((method) => method.id === didUrl);

import { createDocumentLoader } from './document-loader';
import type { IssuerRegistry } from './issuer-registry';
import { type JsonObject, isJsonObject } from './json';
import { issuerIdOf } from './sign-credential';
import { loadVcLibraries, type StatusCheckResult } from './vc-libraries';

/**
 * - `valid`: signed by one of our issuers' keys, unchanged, not revoked;
 * - `revoked`: the same, but its entry in the revocation list is set;
 * - `tampered`: claims one of our issuers, but is not a well-formed credential or its proof does
 *   not verify under that issuer's keys (changed after signing, or never signed by us);
 * - `unknown-issuer`: its issuer is not one of our DIDs; we vouch for nothing else.
 */
export type VerificationOutcome = 'valid' | 'revoked' | 'tampered' | 'unknown-issuer';

export interface VerificationReport {
  readonly outcome: VerificationOutcome;
  /** Why, in plain words; empty for `valid`. */
  readonly reasons: readonly string[];
  readonly issuer?: string;
  readonly credentialId?: string;
}

/** The credential verified but its status list could not be read or checked: a fault on our side. */
export class StatusCheckError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'StatusCheckError';
  }
}

export interface VerifyOptions {
  /** Our status list credential at a URL (as published), undefined when there is none. */
  readonly statusListCredentialAt: (url: string) => Promise<JsonObject | undefined>;
  readonly now?: Date;
}

const messageOf = (error: unknown): string => {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
};

// jsonld-signatures reports a failed proof as a VerificationError wrapping one error per proof.
const reasonsOf = (error: unknown): string[] => {
  const inner = (error as { errors?: unknown[] } | undefined)?.errors;
  return Array.isArray(inner) && inner.length > 0 ? inner.map(messageOf) : [messageOf(error)];
};

const revokedIn = (statusResult: StatusCheckResult): boolean => statusResult.results?.some((result) => result.status === true) ?? false;

/** Verifies a credential as one of ours: issuer, proof (eddsa-rdfc-2022), revocation status. */
export const verifyCredential = async (registry: IssuerRegistry, credential: unknown, options: VerifyOptions): Promise<VerificationReport> => {
  if (!isJsonObject(credential)) return { outcome: 'tampered', reasons: ['not a JSON object'] };
  const credentialId = typeof credential['id'] === 'string' ? credential['id'] : undefined;
  const issuerId = issuerIdOf(credential);
  const about = { ...(typeof issuerId === 'string' && { issuer: issuerId }), ...(credentialId && { credentialId }) };
  if (typeof issuerId !== 'string' || registry.regionOfDid(issuerId) === undefined) {
    return { outcome: 'unknown-issuer', reasons: [`issuer ${JSON.stringify(issuerId ?? null)} is not one of our regions' DIDs`], ...about };
  }
  if (!isJsonObject(credential['proof'])) return { outcome: 'tampered', reasons: ['no proof'], ...about };

  const { vc, statusList, DataIntegrityProof, cryptosuite } = await loadVcLibraries();
  const suite = new DataIntegrityProof({ cryptosuite });
  const documentLoader = await createDocumentLoader({ didDocumentOf: registry.documentOfDid, statusListCredentialAt: options.statusListCredentialAt });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    // Verifies the status list's own proof too, and that its issuer is the credential's.
    checkStatus: ({ credential: checked }) => statusList.checkStatus({ credential: checked, documentLoader, suite }),
    ...(options.now && { now: options.now }),
  });

  const { statusResult } = result;
  if (statusResult && !statusResult.verified) {
    throw new StatusCheckError(`could not check the revocation status of ${credentialId ?? 'a credential'}: ${messageOf(statusResult.error)}`, statusResult.error);
  }
  if (!result.verified) return { outcome: 'tampered', reasons: reasonsOf(result.error ?? result.results?.find((r) => r.error)?.error), ...about };
  // A revoked credential still verifies: the status is in the status check's result.
  if (statusResult && revokedIn(statusResult)) return { outcome: 'revoked', reasons: ['its issuer revoked it (revocation status list entry set)'], ...about };
  return { outcome: 'valid', reasons: [], ...about };
};

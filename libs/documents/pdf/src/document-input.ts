import type { Title } from '@titrepro/domain-referential';
import { PdfInputError } from './pdf-input-error';

/** A region as documents name it: its code (e.g. `idf`) and its name (e.g. `Île-de-France`). */
export interface RegionRef {
  readonly code: string;
  readonly name: string;
}

/** What every issued document shows and carries, whatever its kind. */
export interface IssuedDocumentInput {
  /** The référentiel version in force on the decision date (the caller picks it with `titleValidAt`). */
  readonly title: Title;
  /** In clear: the service decrypts the name only to produce the document. */
  readonly candidateName: string;
  /** The region whose office delivers the document (rule ISSUER). */
  readonly region: RegionRef;
  /** Name of that region's office, e.g. `DREETS Île-de-France`. */
  readonly issuingOffice: string;
  /** Where anyone can check the document; encoded in the QR code and printed under it. */
  readonly verificationUrl: string;
  /** The signed verifiable credential, embedded byte for byte as `credential.json`. */
  readonly credentialJson: string;
  /** Printed under the QR code when given, e.g. the document's id. */
  readonly reference?: string;
}

/** Problems shared by every kind of document; an empty list means the common part is renderable. */
export const commonProblems = (input: IssuedDocumentInput): string[] => {
  const problems: string[] = [];
  if (input.candidateName.trim() === '') problems.push('candidateName is empty');
  if (input.issuingOffice.trim() === '') problems.push('issuingOffice is empty');
  if (input.region.name.trim() === '') problems.push('region.name is empty');
  if (!isWebUrl(input.verificationUrl)) problems.push(`verificationUrl is not an http(s) URL: ${input.verificationUrl}`);
  if (!isJson(input.credentialJson)) problems.push('credentialJson is not JSON');
  return problems;
};

export const assertRenderable = (problems: readonly string[]): void => {
  if (problems.length > 0) throw new PdfInputError(problems);
};

const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const isJson = (value: string): boolean => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
};

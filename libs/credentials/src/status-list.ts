import type { IssuerRegistry } from './issuer-registry';
import { CONTEXT } from './bundled-contexts';
import type { JsonObject } from './json';
import { signCredential } from './sign-credential';
import { loadVcLibraries } from './vc-libraries';
import { xsdDateTime } from './xsd-date-time';

/**
 * Entries in a status list: the Bitstring Status List minimum (16 KiB of bits), so that one
 * credential's index hides among at least 131,072 others (herd privacy).
 */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * A status list as it is stored and published: `u` + base64url(GZIP(bits)), bit 0 the most
 * significant bit of the first byte (Bitstring Status List §4.2). 131,072 clear bits take 170 characters.
 */
export type EncodedStatusList = string;

/** `credentialStatus` of a credential: entry `statusListIndex` of the revocation list at `statusListCredential`. */
export interface BitstringStatusListEntry {
  readonly id: string;
  readonly type: 'BitstringStatusListEntry';
  readonly statusPurpose: 'revocation';
  readonly statusListIndex: string;
  readonly statusListCredential: string;
}

const assertIndex = (index: number, length: number): void => {
  if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`status list index must be an integer in [0, ${length - 1}], got ${index}`);
  }
};

/** A list of `length` entries (a multiple of 8, at least STATUS_LIST_LENGTH), none revoked. */
export const emptyStatusList = async (length = STATUS_LIST_LENGTH): Promise<EncodedStatusList> => {
  if (!Number.isSafeInteger(length) || length < STATUS_LIST_LENGTH || length % 8 !== 0) {
    throw new RangeError(`a status list holds a multiple of 8 entries, at least ${STATUS_LIST_LENGTH}; got ${length}`);
  }
  const { statusList } = await loadVcLibraries();
  return (await statusList.createList({ length })).encode();
};

/** The number of entries of an encoded list. */
export const statusListLength = async (encodedList: EncodedStatusList): Promise<number> => {
  const { statusList } = await loadVcLibraries();
  return (await statusList.decodeList({ encodedList })).length;
};

/** The list with entry `index` revoked (`true`) or reinstated (`false`); the input is not changed. */
export const setRevoked = async (encodedList: EncodedStatusList, index: number, revoked: boolean): Promise<EncodedStatusList> => {
  const { statusList } = await loadVcLibraries();
  const list = await statusList.decodeList({ encodedList });
  assertIndex(index, list.length);
  list.setStatus(index, revoked);
  return list.encode();
};

export const isRevoked = async (encodedList: EncodedStatusList, index: number): Promise<boolean> => {
  const { statusList } = await loadVcLibraries();
  const list = await statusList.decodeList({ encodedList });
  assertIndex(index, list.length);
  return list.getStatus(index);
};

/** The `credentialStatus` pointing at entry `index` of the list at `listUrl`. */
export const revocationEntry = (listUrl: string, index: number): BitstringStatusListEntry => {
  assertIndex(index, Number.MAX_SAFE_INTEGER);
  return { id: `${listUrl}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: listUrl };
};

export interface StatusListCredentialRequest {
  readonly region: string;
  /** The list's URL, from `registry.statusListUrl(region, list)`; it is the credential's id. */
  readonly url: string;
  readonly encodedList: EncodedStatusList;
}

/**
 * The region's BitstringStatusListCredential for a list, signed like its documents. Sign it again
 * after each change of the list; `validFrom` is `now`.
 */
export const signStatusListCredential = async (
  registry: IssuerRegistry,
  request: StatusListCredentialRequest,
  now = new Date(),
): Promise<JsonObject> => {
  const length = await statusListLength(request.encodedList);
  if (length < STATUS_LIST_LENGTH) throw new RangeError(`a status list holds at least ${STATUS_LIST_LENGTH} entries; this one ${length}`);
  const credential = {
    '@context': [CONTEXT.credentialsV2],
    id: request.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: registry.didOf(request.region),
    validFrom: xsdDateTime(now),
    credentialSubject: { id: `${request.url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: request.encodedList },
  };
  return signCredential(registry, request.region, credential, now);
};

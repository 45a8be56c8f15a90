import { CONTEXT, loadBundledContexts } from './bundled-contexts';
import type { DidDocument } from './did-document';
import { dereference } from './did-document';
import type { JsonObject } from './json';

/** What a JSON-LD document loader returns (jsonld.js's RemoteDocument). */
export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: JsonObject;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Where the loader finds the documents that are not contexts; nothing is ever fetched. */
export interface DocumentSources {
  /** The DID document of one of our issuers, undefined for a DID we do not know. */
  readonly didDocumentOf: (did: string) => DidDocument | undefined;
  /** A status list credential by URL (when verifying), undefined when there is none at that URL. */
  readonly statusListCredentialAt?: (url: string) => Promise<JsonObject | undefined>;
}

/** The loader was asked for a document it does not hold; it never goes to the network instead. */
export class DocumentNotAvailableError extends Error {
  constructor(readonly url: string) {
    super(`no offline document for ${JSON.stringify(url)}: only bundled contexts, our issuers' DIDs and our status lists are loaded`);
    this.name = 'DocumentNotAvailableError';
  }
}

const remote = (url: string, document: JsonObject): RemoteDocument => ({ contextUrl: null, documentUrl: url, document });

// jsonld and the suites mutate nothing they load in practice, but a copy keeps a shared context
// or a cached DID document safe from any that would.
const copy = (value: object): JsonObject => structuredClone(value) as JsonObject;

/**
 * An offline JSON-LD document loader: the contexts bundled with the context packages, DID documents
 * (and their verification methods, by DID URL) from `sources`, status lists from `sources`. Any
 * other URL throws a `DocumentNotAvailableError` naming it.
 */
export const createDocumentLoader = async (sources: DocumentSources): Promise<DocumentLoader> => {
  const contexts = await loadBundledContexts();
  return async (url) => {
    const context = contexts.get(url);
    if (context) return remote(url, copy(context));
    if (url.startsWith('did:')) {
      const [did = url] = url.split('#');
      const document = sources.didDocumentOf(did);
      const found = document && dereference(document, url);
      // A verification method travels with the context that defines its terms, as the suites expect.
      if (found) return remote(url, found === document ? copy(found) : { '@context': CONTEXT.multikey, ...copy(found) });
    } else if (sources.statusListCredentialAt) {
      const statusList = await sources.statusListCredentialAt(url);
      if (statusList) return remote(url, copy(statusList));
    }
    throw new DocumentNotAvailableError(url);
  };
};

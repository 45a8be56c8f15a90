/**
 * Each region issues as `did:web:<host>:regions:<region>`, whose document did:web resolves at
 * `https://<host>/regions/<region>/did.json`. `host` is in DID form: a port is percent-encoded
 * (`127.0.0.1%3A3104`).
 */
export const regionDid = (host: string, region: string): string => `did:web:${host}:regions:${region}`;

/** The https URL where did:web resolution fetches a DID's document (did:web method, §3.2.1). */
export const didWebDocumentUrl = (did: string): string => {
  const [method, name, host, ...path] = did.split(':');
  if (method !== 'did' || name !== 'web' || !host) throw new RangeError(`not a did:web DID: ${did}`);
  const origin = `https://${decodeURIComponent(host)}`;
  return path.length === 0 ? `${origin}/.well-known/did.json` : `${origin}/${path.map(decodeURIComponent).join('/')}/did.json`;
};

/** A did:web host in DID form: a domain or IP address, and an optional percent-encoded port. */
export const DID_WEB_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:%3A\d{1,5})?$/;

import { createHash } from 'node:crypto';
import type { ConsumedEvent } from './consumed-event';

/**
 * The sha-256 of what a consumer applies under an event id: type, schema version, source, key and
 * payload. The payload is the contract's output (unknown fields stripped) written as JSON with its
 * keys sorted, so that what the handler never sees (field order, spacing, a field the contract
 * drops) does not count, and everything it does see does. Trace headers (correlation, causation,
 * traceparent, occurred-at) are left out: a relay republishing after a crash may stamp them anew.
 */
export const contentDigest = (event: Pick<ConsumedEvent, 'type' | 'schemaVersion' | 'source' | 'key' | 'payload'>): Buffer =>
  createHash('sha256')
    .update(JSON.stringify([event.type, event.schemaVersion, event.source ?? null, event.key ?? null, canonical(event.payload)]))
    .digest();

/** A JSON value with the keys of every object sorted (arrays keep their order: it is meaningful). */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  // A Date (a contract may coerce one) as JSON writes it: otherwise it would be an empty object.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return canonical(toJSON.call(value));
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .filter((key) => object[key] !== undefined)
      .map((key) => [key, canonical(object[key])]),
  );
};

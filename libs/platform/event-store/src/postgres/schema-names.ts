/** Names derived from the PostgreSQL schema the store lives in; every SQL text is built from these. */
export interface SchemaNames {
  readonly schema: string;
  /** `"schema".` prefix for qualified names. */
  readonly q: string;
  /** LISTEN/NOTIFY channel woken on every commit of events. */
  readonly channel: string;
  /**
   * Base of the advisory-lock keys used as in-flight markers (see stable-position.sql.ts): a tag in the
   * top 11 bits derived from the schema name, the global position in the low 52 bits.
   */
  readonly markerBase: bigint;
}

const MARKER_SHIFT = 52n;

/** FNV-1a, 32 bits: a stable small hash of the schema name. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

export const schemaNames = (schema: string): SchemaNames => {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(schema)) throw new Error(`Invalid schema name "${schema}": use [a-z_][a-z0-9_]*`);
  const tag = BigInt(1 + (fnv1a(schema) % 2046));
  return { schema, q: `"${schema}".`, channel: `${schema}_events`, markerBase: tag << MARKER_SHIFT };
};

/** Positions stay below 2^52, so marker keys never leave their tag's range. */
export const MARKER_POSITION_RANGE = (1n << MARKER_SHIFT) - 1n;

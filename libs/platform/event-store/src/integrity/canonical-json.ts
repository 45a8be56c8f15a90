/**
 * Canonical JSON: object keys sorted (UTF-16 code unit order), no whitespace, `undefined` members
 * dropped, `toJSON` honoured — the same value always gives the same bytes, whatever the key order
 * it was built with or the database stored it in (jsonb reorders keys).
 */
export const canonicalJson = (value: unknown): string => write(value);

const write = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON has no NaN/Infinity; JSON.stringify writes null for them, and so do we.
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint has no JSON form');
    case 'object':
      return value === null ? 'null' : writeObject(value);
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
};

const unrepresentable = (member: unknown): boolean => member === undefined || typeof member === 'function' || typeof member === 'symbol';

const writeObject = (value: object): string => {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      // As JSON.stringify: an unrepresentable array item becomes null.
      out += (i > 0 ? ',' : '') + (unrepresentable(value[i]) ? 'null' : write(value[i]));
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (unrepresentable(member)) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${write(member)}`;
    first = false;
  }
  return `${out}}`;
};

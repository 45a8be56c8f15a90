/**
 * Canonical JSON: object keys sorted (UTF-16 code unit order), no whitespace, `undefined` members
 * dropped, `toJSON` honoured — the same value always gives the same bytes, whatever the key order
 * it was built with or the database stored it in (jsonb reorders keys).
 */
export const canonicalJson = (value: unknown): string => {
  const out: string[] = [];
  write(value, out);
  return out.join('');
};

const write = (value: unknown, out: string[]): void => {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    // JSON has no NaN/Infinity; JSON.stringify writes null for them, and so do we.
    out.push(Number.isFinite(value) ? JSON.stringify(value) : 'null');
    return;
  }
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint has no JSON form');
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      // As JSON.stringify: an unrepresentable array item becomes null.
      write(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, out);
    });
    out.push(']');
    return;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out.push('{');
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(member, out);
    }
    out.push('}');
    return;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
};

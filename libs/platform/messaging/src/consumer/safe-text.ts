/**
 * Text PostgreSQL accepts whatever a Kafka message held: bytes that are not UTF-8 become U+FFFD, a
 * NUL (which no PostgreSQL text or jsonb value may hold: 22021, 22P05) becomes U+FFFD too, and the
 * text is cut to `maxLength` characters. For what is stored and logged about a refused message:
 * its error, its headers, its key; the bytes themselves are kept apart (bytea).
 */
export const postgresSafeText = (value: string | Buffer, maxLength: number): string => {
  const text = Buffer.isBuffer(value) ? value.toString('utf8') : value;
  // eslint-disable-next-line no-control-regex -- the NUL is what is being removed
  const safe = text.replace(/\u0000/g, '\uFFFD').slice(0, maxLength);
  // A cut through a surrogate pair, or a lone surrogate, would be sent as U+FFFD anyway: say so.
  return safe.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
};

/**
 * Whether bytes are an identifier a consumer can trust as text: valid UTF-8 that reads back to the
 * same bytes, 1 to `maxLength` characters, no control character (C0, DEL, C1) and no
 * bidirectional override. Event ids, types, keys and the other event headers must be.
 */
export const plainText = (bytes: Buffer, maxLength: number): string | undefined => {
  const text = bytes.toString('utf8');
  if (text.length === 0 || text.length > maxLength) return undefined;
  if (!Buffer.from(text, 'utf8').equals(bytes)) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/.test(text) ? undefined : text;
};

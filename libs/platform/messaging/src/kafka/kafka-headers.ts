import type { IHeaders } from 'kafkajs';

/** A header's value as text (kafkajs gives Buffers, arrays for repeated headers, or undefined). */
export const headerText = (headers: IHeaders | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined) return undefined;
  return Buffer.isBuffer(single) ? single.toString('utf8') : String(single);
};

/** Drops undefined values: kafkajs would send them as the string "undefined". */
export const definedHeaders = (headers: Readonly<Record<string, string | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));

import { randomBytes } from 'node:crypto';

const traceparentPattern = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const allZeros = /^0+$/;

/** The parts of a W3C `traceparent` header (version 00). */
export interface Traceparent {
  readonly traceId: string;
  readonly parentId: string;
  readonly flags: string;
}

/** Parses a `traceparent`; undefined when absent or malformed (a bad header must not fail the work). */
export const parseTraceparent = (value: string | undefined | null): Traceparent | undefined => {
  const match = traceparentPattern.exec((value ?? '').trim().toLowerCase());
  if (!match) return undefined;
  const [, version, traceId, parentId, flags] = match as unknown as [string, string, string, string, string];
  if (version === 'ff' || allZeros.test(traceId) || allZeros.test(parentId)) return undefined;
  return { traceId, parentId, flags };
};

export const formatTraceparent = ({ traceId, parentId, flags }: Traceparent): string => `00-${traceId}-${parentId}-${flags}`;

/**
 * The `traceparent` of a new hop (span) in the same trace: same trace id, new parent id. Starts a
 * new sampled trace when there is no valid parent.
 */
export const childTraceparent = (parent?: string | null): string => {
  const parsed = parseTraceparent(parent);
  return formatTraceparent({
    traceId: parsed?.traceId ?? randomBytes(16).toString('hex'),
    parentId: randomBytes(8).toString('hex'),
    flags: parsed?.flags ?? '01',
  });
};

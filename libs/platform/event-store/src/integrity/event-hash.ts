import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of a stream's first event (revision 0). */
export const GENESIS_HASH = '0'.repeat(64);

/** The part of a stored event its hash covers: the stored bytes (ciphertext for personal fields). */
export interface HashedContent {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

/**
 * hash = SHA-256(prevHash ‖ "\n" ‖ canonical(content)), hex, where content is
 * { streamId, revision, eventId, type, schemaVersion, data, metadata } as stored. The event id is
 * covered too, so an idempotent re-append cannot be passed off under another id.
 */
export const eventHash = (prevHash: string, content: HashedContent): string =>
  hashCanonical(prevHash, content.streamId, content.revision, canonicalParts(content));

/** The canonical JSON of an event's data and metadata, computed once per append (and stored as is). */
export interface CanonicalParts {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

export const canonicalParts = (content: Omit<HashedContent, 'streamId' | 'revision'>): CanonicalParts => ({
  eventId: content.eventId,
  type: content.type,
  schemaVersion: content.schemaVersion,
  data: canonicalJson(content.data),
  metadata: canonicalJson(content.metadata),
});

/** Same bytes as canonicalJson of the whole content (keys in sorted order), without redoing data. */
export const hashCanonical = (prevHash: string, streamId: string, revision: number, parts: CanonicalParts): string =>
  hash(
    'sha256',
    `${prevHash}\n{"data":${parts.data},"eventId":${JSON.stringify(parts.eventId)},"metadata":${parts.metadata},"revision":${canonicalJson(revision)},` +
      `"schemaVersion":${canonicalJson(parts.schemaVersion)},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(parts.type)}}`,
    'hex',
  );

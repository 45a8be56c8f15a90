import { createHash } from 'node:crypto';
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
 * hash = SHA-256(prevHash ‖ "\n" ‖ canonical(content)), hex. The event id is covered too, so an
 * idempotent re-append cannot be passed off under another id.
 */
export const eventHash = (prevHash: string, content: HashedContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        streamId: content.streamId,
        revision: content.revision,
        eventId: content.eventId,
        type: content.type,
        schemaVersion: content.schemaVersion,
        data: content.data,
        metadata: content.metadata,
      }),
    )
    .digest('hex');

import type { VerificationReport } from '../port/event-store';
import { eventHash, GENESIS_HASH, type HashedContent } from './event-hash';

/** A stored event as the verifier sees it: the hashed content plus the stored chain fields. */
export interface StoredLink extends HashedContent {
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * Walks stored events in (stream, revision) order and stops at the first broken link: a revision
 * out of sequence, a prevHash that is not the previous hash, or a hash that does not match the bytes.
 * Feed it every stream's events in order; call `finishStream` with the head the store recorded.
 */
export class ChainVerifier {
  private checked = 0;
  private broken: VerificationReport['firstBroken'];
  private streamId: string | undefined;
  private expectedRevision = 0;
  private previousHash = GENESIS_HASH;

  /**
   * Starts the stream's chain after a known link instead of at genesis: for stores that cannot read
   * events below truncateBefore (EventStoreDB), the hash of the last truncated event is kept.
   */
  anchor(streamId: string, revision: number, hash: string): void {
    this.streamId = streamId;
    this.expectedRevision = revision + 1;
    this.previousHash = hash;
  }

  /** Returns false once a broken link was found (the caller may stop reading). */
  accept(link: StoredLink): boolean {
    if (this.broken) return false;
    if (link.streamId !== this.streamId) {
      this.streamId = link.streamId;
      this.expectedRevision = 0;
      this.previousHash = GENESIS_HASH;
    }
    const fail = (reason: string): boolean => {
      this.broken = { streamId: link.streamId, revision: link.revision, reason };
      return false;
    };
    if (link.revision !== this.expectedRevision) return fail(`expected revision ${this.expectedRevision}, found ${link.revision}`);
    if (link.prevHash !== this.previousHash) return fail('prevHash is not the hash of the previous event');
    if (eventHash(link.prevHash, link) !== link.hash) return fail('hash does not match the stored event');
    this.checked += 1;
    this.expectedRevision += 1;
    this.previousHash = link.hash;
    return true;
  }

  /** Checks the stream's recorded head against its last event (catches a deleted tail). */
  finishStream(streamId: string, headRevision: number, headHash: string): boolean {
    if (this.broken) return false;
    const lastRevision = this.streamId === streamId ? this.expectedRevision - 1 : -1;
    const lastHash = this.streamId === streamId ? this.previousHash : GENESIS_HASH;
    if (lastRevision !== headRevision || lastHash !== headHash) {
      this.broken = {
        streamId,
        revision: Math.min(lastRevision + 1, headRevision),
        reason: `stream head says revision ${headRevision}, events end at ${lastRevision}`,
      };
      return false;
    }
    return true;
  }

  report(): VerificationReport {
    return this.broken ? { ok: false, checked: this.checked, firstBroken: this.broken } : { ok: true, checked: this.checked };
  }
}

/** A stream's chain head: its last revision in the chain (-1: none) and that event's hash. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/**
 * Last known heads, least recently used evicted. Only a hint: an append chains from it, the fast
 * path inserts nothing unless that head is the stream's committed last event, and append_to_stream
 * then answers `stale_head` with the real one. A stale hint (another writer, or an append in a
 * caller's transaction that rolled back) costs one more round trip, never a wrong chain. Reads in a
 * caller's transaction offer nothing: what they see may yet roll back.
 */
export class HeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): StreamHead | undefined {
    const head = this.heads.get(streamId);
    if (head) {
      this.heads.delete(streamId);
      this.heads.set(streamId, head);
    }
    return head;
  }

  set(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) {
      const oldest = this.heads.keys().next();
      if (!oldest.done) this.heads.delete(oldest.value);
    }
  }

  /** Keeps the higher of the known and the offered head (reads may lag behind appends). */
  offer(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (!known || known.revision < head.revision) this.set(streamId, head);
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}

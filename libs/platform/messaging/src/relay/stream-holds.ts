/**
 * Which streams a publishing session holds back, and behind which position. The truth is the
 * parked table plus the parked events of batches not yet checkpointed; this keeps a copy of the
 * first and counts the second. Only the relay adds parked events, so a stream absent here has none;
 * an operator's retry may release a stream at any time, so a held stream with nothing in flight is
 * checked against the table before its next event is held.
 */
export class StreamHolds {
  /** Stream → global position of its first parked event. */
  private readonly firstParked: Map<string, number>;
  /** Stream → parked events of batches not yet checkpointed. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    parkedStreams: ReadonlyMap<string, number>,
    /** Reads the table: the stream's first parked position, if it still has one. */
    private readonly firstParkedInTable: (streamId: string) => Promise<number | undefined>,
  ) {
    this.firstParked = new Map(parkedStreams);
  }

  /** False when the stream certainly flows (no parked event); true when `heldBehind` must decide. */
  mayHold(streamId: string): boolean {
    return this.firstParked.has(streamId);
  }

  /** The position a new event of the stream must wait behind, or undefined when the stream flows. */
  async heldBehind(streamId: string): Promise<number | undefined> {
    const known = this.firstParked.get(streamId);
    if (known === undefined || (this.inFlight.get(streamId) ?? 0) > 0) return known;
    // Nothing of the stream is in flight, and nothing can be parked while this waits (the
    // subscription hands over one event at a time): the table is the whole truth.
    const first = await this.firstParkedInTable(streamId);
    if (first === undefined) this.firstParked.delete(streamId);
    else this.firstParked.set(streamId, first);
    return first;
  }

  /** An event of the stream is parked in the batch being filled. */
  parked(streamId: string, globalPosition: number): void {
    if (!this.firstParked.has(streamId)) this.firstParked.set(streamId, globalPosition);
    this.inFlight.set(streamId, (this.inFlight.get(streamId) ?? 0) + 1);
  }

  /** A batch's parked events are in the table now. */
  checkpointed(streamIds: readonly string[]): void {
    for (const streamId of streamIds) {
      const left = (this.inFlight.get(streamId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(streamId, left);
      else this.inFlight.delete(streamId);
    }
  }

  get size(): number {
    return this.firstParked.size;
  }
}

/**
 * When to keep a snapshot of a stream's folded state, per stream type (category: the stream id up
 * to its first `-`, e.g. `candidate` for `candidate-42`).
 */
export interface SnapshotPolicy {
  readonly category: string;
  /** A snapshot is written each time the stream crosses a multiple of `every` events. */
  readonly every: number;
  /** Version of the state's shape: snapshots written under another version are ignored. */
  readonly stateVersion: number;
  /** State → JSON value (default: as is). Needed when the state holds Dates, Maps, … */
  readonly serialize?: (state: unknown) => unknown;
  /** JSON value → state (default: as is). */
  readonly deserialize?: (stored: unknown) => unknown;
}

/** A stream's folded state after `revision`. */
export interface Snapshot {
  readonly streamId: string;
  /** The revision of the last event folded into `state`. */
  readonly revision: number;
  readonly stateVersion: number;
  /** The serialized state (JSON). */
  readonly state: unknown;
  /**
   * Data subjects whose personal fields were folded into the state: forgetting one of them deletes
   * the snapshot (it holds their data in clear) and refuses new ones.
   */
  readonly subjects: readonly string[];
}

/** The stream's category: its id up to the first `-` (EventStoreDB's `$by_category` default). */
export const categoryOf = (streamId: string): string | undefined => {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : undefined;
};

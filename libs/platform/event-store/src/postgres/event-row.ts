/** An events row as the store's SELECTs return it (bigints as strings, as `pg` gives them). */
export interface EventRow {
  readonly global_position: string;
  readonly stream_id: string;
  readonly revision: string;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly personal: { subjectId: string; fields: string[] } | null;
  readonly recorded_at: Date;
  readonly prev_hash: string;
  readonly hash: string;
}

export const EVENT_COLUMNS =
  'global_position, stream_id, revision, event_id, type, schema_version, data, metadata, personal, recorded_at, prev_hash, hash';

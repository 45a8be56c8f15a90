import type { EventMetadata } from '../port/event-metadata';
import type { StoredEvent } from '../stored/stored-event';
import type { EventRow } from './event-row';

export const toStoredEvent = (row: EventRow): StoredEvent => {
  const stored: StoredEvent = {
    globalPosition: Number(row.global_position),
    streamId: row.stream_id,
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata as unknown as EventMetadata,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
  return row.personal ? { ...stored, personal: row.personal } : stored;
};

import type { EventMetadata } from './event-metadata';

export type EventData = Record<string, unknown>;

/** Marks the fields of `data` that are personal data of one data subject (crypto-shredding). */
export interface PersonalDataSpec {
  readonly subjectId: string;
  /** Top-level keys of `data` whose values are encrypted under the subject's key. */
  readonly fields: readonly string[];
}

/** An event to append. `eventId` (a UUID) makes appends idempotent. */
export interface NewEvent<Data extends EventData = EventData> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly personal?: PersonalDataSpec;
}

/** An event as stored: position in its stream and in the global log, time of recording, hash chain. */
export interface RecordedEvent<Data extends EventData = EventData> {
  readonly eventId: string;
  readonly streamId: string;
  /** 0-based position in the stream. */
  readonly revision: number;
  /** Position in the store's global log; strictly increasing in commit-visible order for subscribers. */
  readonly globalPosition: number;
  readonly type: string;
  /** The schema version the data was stored at (the store never upcasts: the event descriptors do, on read). */
  readonly schemaVersion: number;
  /** The same as `schemaVersion`, kept for readers that name the stored version. */
  readonly storedSchemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  readonly prevHash: string;
  readonly hash: string;
  /** Which fields are a data subject's personal data (decrypted, or REDACTED once forgotten). */
  readonly personal?: PersonalDataSpec;
}

/** Replaces a personal field once its subject's key is destroyed: the domain's own marker, one object. */
export { REDACTED, type Redacted } from '@titrepro/domain-kernel';

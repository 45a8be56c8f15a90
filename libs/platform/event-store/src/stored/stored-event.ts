import type { EventMetadata } from '../port/event-metadata';
import type { EventData, PersonalDataSpec } from '../port/events';

/** An event as written to storage: personal fields sealed. Both adapters store exactly this. */
export interface SealedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: EventData;
  readonly metadata: EventMetadata;
  readonly personal?: PersonalDataSpec;
}

/** A sealed event placed in its stream's hash chain. */
export interface ChainedEvent extends SealedEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** A chained event read back from storage with its global position and recording time. */
export interface StoredEvent extends ChainedEvent {
  readonly globalPosition: number;
  readonly recordedAt: Date;
}

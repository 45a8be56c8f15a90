import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '../port/event-metadata';
import type { EventStore } from '../port/event-store';
import type { NewEvent, PersonalDataSpec } from '../port/events';
import type { SnapshotPolicy } from '../port/snapshot';

export interface StoreVariant {
  readonly snapshots?: readonly SnapshotPolicy[];
}

/** One adapter under test: how to reach a fresh backend and open stores on it. */
export interface ContractTarget {
  /** Once before the suite (e.g. create a database). */
  setup(): Promise<void>;
  /** A store on the backend; several may be open at once (variants share the data). */
  open(variant?: StoreVariant): Promise<EventStore>;
  /** Once after the suite (close what `open` opened, drop the database). */
  teardown(): Promise<void>;
}

/** Unique per run, so suites can share a long-lived server (EventStoreDB) without seeing old data. */
const run = randomUUID().replace(/-/g, '').slice(0, 12);
let counter = 0;

/** A category no other run uses (no `-` inside). */
export const uniqueCategory = (name: string): string => `${name}${run}${(counter += 1)}`;

export const uniqueStream = (category: string): string => `${category}-${(counter += 1)}`;

export const metadata = (extra: Partial<EventMetadata> = {}): EventMetadata => ({
  correlationId: randomUUID(),
  causationId: null,
  actor: { subject: 'user-1', role: 'assessor' },
  region: 'IDF',
  occurredAt: new Date().toISOString(),
  ...extra,
});

export const newEvent = (type: string, data: Record<string, unknown>, options: { personal?: PersonalDataSpec; schemaVersion?: number } = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: options.schemaVersion ?? 1,
  data,
  metadata: metadata(),
  ...(options.personal ? { personal: options.personal } : {}),
});

import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { openSnapshotState, sealSnapshotState } from '../crypto/snapshot-sealing';
import type { KeyStore } from '../port/key-store';
import type { Snapshot } from '../port/snapshot';
import { snapshotStreamOf } from './esdb-envelope';
import { readStoredSnapshots } from './esdb-snapshot-reads';

interface StoredSnapshot {
  readonly revision: number;
  readonly stateVersion: number;
  readonly state: unknown;
  readonly subjects: string[];
}

/** The latest snapshot of the stream, if it is of `stateVersion` and none of its subjects was forgotten. */
export const readEsdbSnapshot = async (client: EventStoreDBClient, keyStore: KeyStore | undefined, streamId: string, stateVersion: number): Promise<Snapshot | null> => {
  const [latest] = await readStoredSnapshots(client, snapshotStreamOf(streamId));
  const stored = latest as StoredSnapshot | undefined;
  if (!stored || stored.stateVersion !== stateVersion) return null;
  const state = await openSnapshotState(stored.state, stored.subjects, keyStore);
  if (state === undefined) return null;
  return { streamId, revision: stored.revision, stateVersion, state, subjects: stored.subjects };
};

/** Appends the snapshot to the stream's snapshot stream (which keeps only the last one). */
export const writeEsdbSnapshot = async (client: EventStoreDBClient, keyStore: KeyStore | undefined, snapshot: Snapshot): Promise<void> => {
  const state = await sealSnapshotState(snapshot.state, snapshot.subjects, keyStore);
  if (state === undefined) return;
  const data: StoredSnapshot = { revision: snapshot.revision, stateVersion: snapshot.stateVersion, state, subjects: [...snapshot.subjects] };
  const stream = snapshotStreamOf(snapshot.streamId);
  const result = await client.appendToStream(stream, jsonEvent({ type: 'SnapshotTaken', data: { ...data } }));
  if (result.nextExpectedRevision === 0n) await client.setStreamMetadata(stream, { maxCount: 1 });
};

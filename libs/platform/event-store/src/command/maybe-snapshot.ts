import type { EventStore } from '../port/event-store';
import type { NewEvent } from '../port/events';

/** Writes a snapshot when the append crossed a multiple of the policy's `every`. */
export const maybeSnapshot = async <State>(
  store: EventStore,
  streamId: string,
  loaded: { revision: number; subjects: ReadonlySet<string> },
  revision: number,
  state: State,
  events: readonly NewEvent[],
): Promise<void> => {
  const policy = store.snapshotPolicy(streamId);
  if (!policy || Math.floor((revision + 1) / policy.every) === Math.floor((loaded.revision + 1) / policy.every)) return;
  const subjects = new Set(loaded.subjects);
  for (const event of events) if (event.personal) subjects.add(event.personal.subjectId);
  // A snapshot is a cache: failing to write one must not fail a command that is already stored.
  await store
    .writeSnapshot({
      streamId,
      revision,
      stateVersion: policy.stateVersion,
      state: policy.serialize ? policy.serialize(state) : state,
      subjects: [...subjects],
    })
    .catch(() => undefined);
};

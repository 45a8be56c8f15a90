import type { DomainEvent, EventCatalogue, Explanation } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';

/** One line of a stream's readable timeline, for officers, the candidate and auditors. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  /** When it was decided (the command's clock). */
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The region whose office recorded it: after a transfer, the file's history spans regions. */
  readonly region: string;
  readonly actorRole: string;
  readonly rulebookId: string | null;
  readonly ruleIds: readonly string[];
  /** The event's description, from ids and facts only, so it stays readable after erasure. */
  readonly summary: Explanation;
  /** The event's link in its stream's hash chain, for an auditor to check against that region's store. */
  readonly hash: string;
}

/** Describes a recorded event with its stream's descriptors; an event they cannot read says so. */
export const historyEntryOf =
  <Event extends DomainEvent>(events: EventCatalogue<Event>) =>
  (recorded: RecordedEvent): HistoryEntry => {
    const read = events.read(recorded);
    return {
      revision: recorded.revision,
      type: recorded.type,
      occurredAt: recorded.metadata.occurredAt,
      recordedAt: recorded.recordedAt.toISOString(),
      region: recorded.metadata.region,
      actorRole: recorded.metadata.actor.role,
      rulebookId: recorded.metadata.rulebookId ?? null,
      ruleIds: recorded.metadata.ruleIds ?? [],
      summary: read.ok
        ? events.describe(read.value)
        : { fr: `Événement ${recorded.type} illisible : ${read.error.message}`, en: `Unreadable ${recorded.type} event: ${read.error.message}` },
      hash: recorded.hash,
    };
  };

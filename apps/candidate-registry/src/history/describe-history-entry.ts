import { isCandidateEventType, type CandidateEvent } from '@titrepro/domain-registry';
import type { RecordedEvent } from '@titrepro/event-store';

/** One line of a candidate's readable timeline. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actorRole: string;
  readonly rulebookId: string | null;
  readonly ruleIds: readonly string[];
  readonly summary: string;
}

/** A one-line summary built from ids and facts only, so the timeline stays readable after erasure. */
const summarize = (event: CandidateEvent): string => {
  switch (event.type) {
    case 'CandidateRegistered':
      return `Registered by the office of region ${event.data.region} on ${event.data.registeredOn}`;
    case 'PathwayOpened':
      return `Opened ${event.data.pathwayType} pathway ${event.data.pathwayId} towards ${event.data.titleCode} on ${event.data.openedOn}`;
    case 'VaeAdmissibilityRequested':
      return `Filed a VAE admissibility request for pathway ${event.data.pathwayId} with ${event.data.experiencePeriods.length} experience period(s) on ${event.data.requestedOn}`;
    case 'VaeAdmissibilityDecided':
      return `VAE admissibility of pathway ${event.data.pathwayId} decided ${event.data.outcome} on ${event.data.decidedOn} (${event.data.experienceMonths} months of experience counted, ${event.data.requiredMonths} required)`;
    case 'PathwayWithdrawn':
      return `Withdrew from pathway ${event.data.pathwayId} (${event.data.titleCode}) on ${event.data.withdrawnOn}`;
    case 'CandidateTransferred':
      return `Transferred from region ${event.data.fromRegion} to region ${event.data.toRegion} on ${event.data.transferredOn}`;
    case 'CandidatePersonalDataErased':
      return `Personal data erased on ${event.data.erasedOn}`;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};

export const describeHistoryEntry = (recorded: RecordedEvent): HistoryEntry => ({
  revision: recorded.revision,
  type: recorded.type,
  recordedAt: recorded.recordedAt.toISOString(),
  actorRole: recorded.metadata.actor.role,
  rulebookId: recorded.metadata.rulebookId ?? null,
  ruleIds: recorded.metadata.ruleIds ?? [],
  summary: isCandidateEventType(recorded.type)
    ? summarize({ type: recorded.type, data: recorded.data } as unknown as CandidateEvent)
    : recorded.type,
});

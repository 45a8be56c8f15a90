import {
  CandidateHandedOverV1,
  CandidatePersonalDataErasedV1,
  CandidateRegisteredV1,
  CandidateSignInLinkedV1,
  CandidateTransferAcceptedV1,
  CandidateTransferRefusedV1,
  CandidateTransferredV1,
  PathwayOpenedV1,
  PathwayWithdrawnV1,
  VaeAdmissibilityDecidedV1,
  VaeAdmissibilityRequestedV1,
} from '@titrepro/contracts';
import { candidateEvents } from '@titrepro/domain-registry';
import { ruleIdsOf } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import { integrationEvent, type EventMapper, type IntegrationEventDraft } from '@titrepro/messaging';
import { readerOf } from '@titrepro/service-kit';

const readCandidateEvent = readerOf({ events: candidateEvents });

/**
 * The registry's published language: domain events → integration events. Ids and facts only —
 * never names, birth dates, contact details, experience descriptions or officers' free text.
 * Instants are the decision's (the command's clock), not the time of writing. An event its
 * descriptors refuse throws, and the relay parks it.
 */
export const mapRegistryEvent: EventMapper = (recorded: RecordedEvent): IntegrationEventDraft | null => {
  if (!candidateEvents.has(recorded.type)) return null;
  const event = readCandidateEvent(recorded);
  // When it was decided: the command's clock, recorded inside the hash chain.
  const at = recorded.metadata.occurredAt;
  switch (event.type) {
    case 'CandidateRegistered':
      return integrationEvent(CandidateRegisteredV1, { candidateId: event.data.candidateId, region: event.data.region, registeredAt: at });
    case 'PathwayOpened':
      return integrationEvent(PathwayOpenedV1, {
        candidateId: event.data.candidateId,
        pathwayId: event.data.pathwayId,
        titleCode: event.data.titleCode,
        pathway: event.data.pathwayType,
        region: recorded.metadata.region,
        openedAt: at,
      });
    case 'VaeAdmissibilityRequested':
      return integrationEvent(VaeAdmissibilityRequestedV1, {
        candidateId: event.data.candidateId,
        pathwayId: event.data.pathwayId,
        titleCode: event.data.titleCode,
        requestedAt: at,
      });
    case 'VaeAdmissibilityDecided': {
      const refusedBy = event.data.trace.rules.find((rule) => !rule.passed)?.ruleId;
      return integrationEvent(VaeAdmissibilityDecidedV1, {
        candidateId: event.data.candidateId,
        pathwayId: event.data.pathwayId,
        titleCode: event.data.titleCode,
        outcome: event.data.outcome === 'admissible' ? 'admissible' : 'inadmissible',
        // The officer's reason is free text about a person: only a rule id or a fixed code leaves the registry.
        reasonCode: event.data.outcome === 'admissible' ? 'ADMISSIBLE' : (refusedBy ?? 'OFFICE-DECISION'),
        rulebookId: event.data.trace.rulebookId,
        ruleIds: ruleIdsOf(event.data.trace),
        decidedAt: at,
      });
    }
    case 'PathwayWithdrawn':
      return integrationEvent(PathwayWithdrawnV1, {
        candidateId: event.data.candidateId,
        pathwayId: event.data.pathwayId,
        titleCode: event.data.titleCode,
        withdrawnAt: at,
      });
    case 'CandidateTransferred':
      return integrationEvent(CandidateTransferredV1, {
        candidateId: event.data.candidateId,
        fromRegion: event.data.fromRegion,
        toRegion: event.data.toRegion,
        transferredAt: at,
      });
    case 'IncomingTransferAccepted':
      return integrationEvent(CandidateTransferAcceptedV1, {
        candidateId: event.data.candidateId,
        fromRegion: event.data.fromRegion,
        toRegion: event.data.toRegion,
        acceptedAt: at,
      });
    case 'IncomingTransferRefused':
      // The reason code only: the officer's explanation stays sealed in this region.
      return integrationEvent(CandidateTransferRefusedV1, {
        candidateId: event.data.candidateId,
        fromRegion: event.data.fromRegion,
        toRegion: event.data.toRegion,
        reasonCode: event.data.reason,
        refusedAt: at,
      });
    case 'CandidateHandedOver':
      return integrationEvent(CandidateHandedOverV1, {
        candidateId: event.data.candidateId,
        fromRegion: event.data.fromRegion,
        toRegion: event.data.toRegion,
        handedOverAt: at,
      });
    // This region's own bookkeeping of a handover: the other regions learnt it from the events above.
    case 'IncomingTransferOpened':
    case 'OutgoingTransferRefused':
    case 'CandidateFileReceived':
      return null;
    // The code's digest stays in this region; only the link it made is published.
    case 'CandidateLinkCodeIssued':
      return null;
    case 'CandidateSignInLinked':
      return integrationEvent(CandidateSignInLinkedV1, { candidateId: event.data.candidateId, subjectDigest: event.data.subjectDigest, linkedAt: at });
    case 'CandidatePersonalDataErased':
      return integrationEvent(CandidatePersonalDataErasedV1, { candidateId: event.data.candidateId, erasedAt: at });
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};

import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { candidateFileReceivedDescriptor } from './candidate-file-received.event';
import { candidateHandedOverDescriptor } from './candidate-handed-over.event';
import { candidateLinkCodeIssuedDescriptor } from './candidate-link-code-issued.event';
import { candidatePersonalDataErasedDescriptor } from './candidate-personal-data-erased.event';
import { candidateRegisteredDescriptor } from './candidate-registered.event';
import { candidateSignInLinkedDescriptor } from './candidate-sign-in-linked.event';
import { candidateTransferredDescriptor } from './candidate-transferred.event';
import { incomingTransferAcceptedDescriptor } from './incoming-transfer-accepted.event';
import { incomingTransferOpenedDescriptor } from './incoming-transfer-opened.event';
import { incomingTransferRefusedDescriptor } from './incoming-transfer-refused.event';
import { outgoingTransferRefusedDescriptor } from './outgoing-transfer-refused.event';
import { pathwayOpenedDescriptor } from './pathway-opened.event';
import { pathwayWithdrawnDescriptor } from './pathway-withdrawn.event';
import { vaeAdmissibilityDecidedDescriptor } from './vae-admissibility-decided.event';
import { vaeAdmissibilityRequestedDescriptor } from './vae-admissibility-requested.event';

export * from './candidate-file-received.event';
export * from './candidate-handed-over.event';
export * from './candidate-link-code-issued.event';
export * from './candidate-personal-data-erased.event';
export * from './candidate-registered.event';
export * from './candidate-sign-in-linked.event';
export * from './candidate-transferred.event';
export * from './incoming-transfer-accepted.event';
export * from './incoming-transfer-opened.event';
export * from './incoming-transfer-refused.event';
export * from './outgoing-transfer-refused.event';
export * from './pathway-opened.event';
export * from './pathway-withdrawn.event';
export * from './vae-admissibility-decided.event';
export * from './vae-admissibility-requested.event';

/**
 * The events of a candidate stream, described: `storageOf` gives the event store each event's
 * schema version, personal fields (subject = candidateId) and decision trace; `read` turns a
 * stored event back into a checked `CandidateEvent`; `describe` gives its one line in fr and en.
 */
export const candidateEvents = eventCatalogue({
  CandidateRegistered: candidateRegisteredDescriptor,
  PathwayOpened: pathwayOpenedDescriptor,
  VaeAdmissibilityRequested: vaeAdmissibilityRequestedDescriptor,
  VaeAdmissibilityDecided: vaeAdmissibilityDecidedDescriptor,
  PathwayWithdrawn: pathwayWithdrawnDescriptor,
  CandidateTransferred: candidateTransferredDescriptor,
  IncomingTransferOpened: incomingTransferOpenedDescriptor,
  IncomingTransferAccepted: incomingTransferAcceptedDescriptor,
  IncomingTransferRefused: incomingTransferRefusedDescriptor,
  CandidateHandedOver: candidateHandedOverDescriptor,
  OutgoingTransferRefused: outgoingTransferRefusedDescriptor,
  CandidateFileReceived: candidateFileReceivedDescriptor,
  CandidatePersonalDataErased: candidatePersonalDataErasedDescriptor,
  CandidateLinkCodeIssued: candidateLinkCodeIssuedDescriptor,
  CandidateSignInLinked: candidateSignInLinkedDescriptor,
});

/** Every event of a candidate stream. */
export type CandidateEvent = EventOf<typeof candidateEvents>;

export type CandidateEventType = CandidateEvent['type'];

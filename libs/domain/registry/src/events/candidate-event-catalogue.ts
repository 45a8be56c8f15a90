import { eventCatalogue } from '@titrepro/domain-kernel';
import { candidateFileReceivedDescriptor } from './candidate-file-received.descriptor';
import { candidateLinkCodeIssuedDescriptor } from './candidate-link-code-issued.descriptor';
import { candidateSignInLinkedDescriptor } from './candidate-sign-in-linked.descriptor';
import { candidateHandedOverDescriptor } from './candidate-handed-over.descriptor';
import { candidatePersonalDataErasedDescriptor } from './candidate-personal-data-erased.descriptor';
import { candidateRegisteredDescriptor } from './candidate-registered.descriptor';
import { candidateTransferredDescriptor } from './candidate-transferred.descriptor';
import type { CandidateEvent } from './candidate-event';
import { incomingTransferAcceptedDescriptor } from './incoming-transfer-accepted.descriptor';
import { incomingTransferOpenedDescriptor } from './incoming-transfer-opened.descriptor';
import { incomingTransferRefusedDescriptor } from './incoming-transfer-refused.descriptor';
import { outgoingTransferRefusedDescriptor } from './outgoing-transfer-refused.descriptor';
import { pathwayOpenedDescriptor } from './pathway-opened.descriptor';
import { pathwayWithdrawnDescriptor } from './pathway-withdrawn.descriptor';
import { vaeAdmissibilityDecidedDescriptor } from './vae-admissibility-decided.descriptor';
import { vaeAdmissibilityRequestedDescriptor } from './vae-admissibility-requested.descriptor';

/**
 * The events of a candidate stream, described: `storageOf` gives the event store each event's
 * schema version, personal fields (subject = candidateId) and decision trace; `read` turns a
 * stored event back into a checked `CandidateEvent`; `describe` gives its one line in fr and en.
 */
export const candidateEvents = eventCatalogue<CandidateEvent>({
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

import type { CandidateFileReceived } from './candidate-file-received.event';
import type { CandidateLinkCodeIssued } from './candidate-link-code-issued.event';
import type { CandidateSignInLinked } from './candidate-sign-in-linked.event';
import type { CandidateHandedOver } from './candidate-handed-over.event';
import type { CandidatePersonalDataErased } from './candidate-personal-data-erased.event';
import type { CandidateRegistered } from './candidate-registered.event';
import type { CandidateTransferred } from './candidate-transferred.event';
import type { IncomingTransferAccepted } from './incoming-transfer-accepted.event';
import type { IncomingTransferOpened } from './incoming-transfer-opened.event';
import type { IncomingTransferRefused } from './incoming-transfer-refused.event';
import type { OutgoingTransferRefused } from './outgoing-transfer-refused.event';
import type { PathwayOpened } from './pathway-opened.event';
import type { PathwayWithdrawn } from './pathway-withdrawn.event';
import type { VaeAdmissibilityDecided } from './vae-admissibility-decided.event';
import type { VaeAdmissibilityRequested } from './vae-admissibility-requested.event';

/** Every event of a candidate stream. */
export type CandidateEvent =
  | CandidateRegistered
  | PathwayOpened
  | VaeAdmissibilityRequested
  | VaeAdmissibilityDecided
  | PathwayWithdrawn
  | CandidateTransferred
  | IncomingTransferOpened
  | IncomingTransferAccepted
  | IncomingTransferRefused
  | CandidateHandedOver
  | OutgoingTransferRefused
  | CandidateFileReceived
  | CandidatePersonalDataErased
  | CandidateLinkCodeIssued
  | CandidateSignInLinked;

export type CandidateEventType = CandidateEvent['type'];

import type { CandidatePersonalDataErased } from './candidate-personal-data-erased.event';
import type { CandidateRegistered } from './candidate-registered.event';
import type { CandidateTransferred } from './candidate-transferred.event';
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
  | CandidatePersonalDataErased;

export type CandidateEventType = CandidateEvent['type'];

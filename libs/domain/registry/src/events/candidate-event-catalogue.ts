import { eventCatalogue } from '@titrepro/domain-kernel';
import { candidatePersonalDataErasedDescriptor } from './candidate-personal-data-erased.descriptor';
import { candidateRegisteredDescriptor } from './candidate-registered.descriptor';
import { candidateTransferredDescriptor } from './candidate-transferred.descriptor';
import type { CandidateEvent } from './candidate-event';
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
  CandidatePersonalDataErased: candidatePersonalDataErasedDescriptor,
});

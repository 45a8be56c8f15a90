import { CandidatePersonalDataErasedV1 } from './candidate-personal-data-erased.v1';
import { CandidateHandedOverV1 } from './candidate-handed-over.v1';
import { CandidateSignInLinkedV1 } from './candidate-sign-in-linked.v1';
import { CandidateRegisteredV1 } from './candidate-registered.v1';
import { CandidateTransferAcceptedV1 } from './candidate-transfer-accepted.v1';
import { CandidateTransferRefusedV1 } from './candidate-transfer-refused.v1';
import { CandidateTransferredV1 } from './candidate-transferred.v1';
import { PathwayOpenedV1 } from './pathway-opened.v1';
import { PathwayWithdrawnV1 } from './pathway-withdrawn.v1';
import { VaeAdmissibilityDecidedV1 } from './vae-admissibility-decided.v1';
import { VaeAdmissibilityRequestedV1 } from './vae-admissibility-requested.v1';

export {
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
};

/** Every integration event the registry publishes, all versions still in use. */
export const REGISTRY_CONTRACTS = [
  CandidateRegisteredV1,
  PathwayOpenedV1,
  VaeAdmissibilityRequestedV1,
  VaeAdmissibilityDecidedV1,
  PathwayWithdrawnV1,
  CandidateTransferredV1,
  CandidateTransferAcceptedV1,
  CandidateTransferRefusedV1,
  CandidateHandedOverV1,
  CandidatePersonalDataErasedV1,
  CandidateSignInLinkedV1,
] as const;

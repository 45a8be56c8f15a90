import type { DecideVaeAdmissibility } from './decide-vae-admissibility/decide-vae-admissibility.command';
import type { EraseCandidatePersonalData } from './erase-candidate-personal-data/erase-candidate-personal-data.command';
import type { OpenPathway } from './open-pathway/open-pathway.command';
import type { RegisterCandidate } from './register-candidate/register-candidate.command';
import type { RequestVaeAdmissibility } from './request-vae-admissibility/request-vae-admissibility.command';
import type { TransferRegion } from './transfer-region/transfer-region.command';
import type { WithdrawPathway } from './withdraw-pathway/withdraw-pathway.command';

/** Every command a candidate stream answers, as its parser yields it (`parseRegisterCandidate`…): `decide` trusts its shape. */
export type CandidateCommand =
  | RegisterCandidate
  | OpenPathway
  | RequestVaeAdmissibility
  | DecideVaeAdmissibility
  | WithdrawPathway
  | TransferRegion
  | EraseCandidatePersonalData;

export type CandidateCommandType = CandidateCommand['type'];

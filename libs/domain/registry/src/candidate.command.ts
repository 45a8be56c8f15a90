import type { AcceptIncomingTransfer, RefuseIncomingTransfer } from './answer-incoming-transfer/answer-incoming-transfer.command';
import type { DecideVaeAdmissibility } from './decide-vae-admissibility/decide-vae-admissibility.command';
import type { EraseCandidatePersonalData } from './erase-candidate-personal-data/erase-candidate-personal-data.command';
import type { IssueLinkCode, LinkCandidateSignIn } from './link-sign-in/link-sign-in.command';
import type { OpenIncomingTransfer } from './open-incoming-transfer/open-incoming-transfer.command';
import type { OpenPathway } from './open-pathway/open-pathway.command';
import type { ReceiveCandidateFile } from './receive-candidate-file/receive-candidate-file.command';
import type { RecordHandover, RecordTransferRefusal } from './record-transfer-answer/record-transfer-answer.command';
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
  | OpenIncomingTransfer
  | AcceptIncomingTransfer
  | RefuseIncomingTransfer
  | RecordHandover
  | RecordTransferRefusal
  | ReceiveCandidateFile
  | EraseCandidatePersonalData
  | IssueLinkCode
  | LinkCandidateSignIn;

export type CandidateCommandType = CandidateCommand['type'];

import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from './shared/decision';
import type { CandidateEvent } from './events/candidate-event-catalogue';
import type { CandidateState } from './candidate.state';
import { acceptIncomingTransferCommand, refuseIncomingTransferCommand } from './answer-incoming-transfer/answer-incoming-transfer.command';
import { decideVaeAdmissibilityCommand } from './decide-vae-admissibility/decide-vae-admissibility.command';
import { eraseCandidatePersonalDataCommand } from './erase-candidate-personal-data/erase-candidate-personal-data.command';
import { issueLinkCodeCommand, linkCandidateSignInCommand } from './link-sign-in/link-sign-in.command';
import { openIncomingTransferCommand } from './open-incoming-transfer/open-incoming-transfer.command';
import { openPathwayCommand } from './open-pathway/open-pathway.command';
import { receiveCandidateFileCommand } from './receive-candidate-file/receive-candidate-file.command';
import { recordHandoverCommand, recordTransferRefusalCommand } from './record-transfer-answer/record-transfer-answer.command';
import { registerCandidateCommand } from './register-candidate/register-candidate.command';
import { requestVaeAdmissibilityCommand } from './request-vae-admissibility/request-vae-admissibility.command';
import { transferRegionCommand } from './transfer-region/transfer-region.command';
import { withdrawPathwayCommand } from './withdraw-pathway/withdraw-pathway.command';

/**
 * The commands of a candidate's stream, one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const candidateCommands = commandCatalogue<CandidateState, CandidateEvent, DecisionInput>()({
  RegisterCandidate: registerCandidateCommand,
  OpenPathway: openPathwayCommand,
  RequestVaeAdmissibility: requestVaeAdmissibilityCommand,
  DecideVaeAdmissibility: decideVaeAdmissibilityCommand,
  WithdrawPathway: withdrawPathwayCommand,
  TransferRegion: transferRegionCommand,
  OpenIncomingTransfer: openIncomingTransferCommand,
  AcceptIncomingTransfer: acceptIncomingTransferCommand,
  RefuseIncomingTransfer: refuseIncomingTransferCommand,
  RecordHandover: recordHandoverCommand,
  RecordTransferRefusal: recordTransferRefusalCommand,
  ReceiveCandidateFile: receiveCandidateFileCommand,
  EraseCandidatePersonalData: eraseCandidatePersonalDataCommand,
  IssueLinkCode: issueLinkCodeCommand,
  LinkCandidateSignIn: linkCandidateSignInCommand,
});

export type CandidateCommand = CommandOf<typeof candidateCommands>;

export type CandidateCommandType = CandidateCommand['type'];

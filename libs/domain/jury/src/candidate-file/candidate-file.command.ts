import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../shared/decision';
import type { CandidateFileEvent } from './events/candidate-file-event-catalogue';
import type { CandidateFileState } from './candidate-file.state';
import { closeCapitalisationWindowCommand } from './close-capitalisation-window/close-capitalisation-window.command';
import { recordAdmissibilityCommand } from './record-admissibility/record-admissibility.command';
import { recordAdmissibilityRequestCommand } from './record-admissibility-request/record-admissibility-request.command';
import { recordAwardCommand } from './record-award/record-award.command';
import { recordCandidateHomeCommand } from './record-candidate-home/record-candidate-home.command';
import { recordCapitalisationWindowClosureCommand } from './record-capitalisation-window-closure/record-capitalisation-window-closure.command';
import { recordEvidenceStatusCommand } from './record-evidence-status/record-evidence-status.command';
import { recordEvidenceCommand } from './record-evidence/record-evidence.command';
import { recordPathwayWithdrawalCommand } from './record-pathway-withdrawal/record-pathway-withdrawal.command';
import { recordPathwayCommand } from './record-pathway/record-pathway.command';
import { recordRectifiedAwardCommand } from './record-rectified-award/record-rectified-award.command';
import { recordTrainersCommand } from './record-trainers/record-trainers.command';

/**
 * The commands of a candidate's jury file (all made by the app from consumed events, but the sweep's closure), one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const candidateFileCommands = commandCatalogue<CandidateFileState, CandidateFileEvent, DecisionInput>()({
  RecordCandidateHome: recordCandidateHomeCommand,
  RecordPathway: recordPathwayCommand,
  RecordPathwayWithdrawal: recordPathwayWithdrawalCommand,
  RecordAdmissibilityRequest: recordAdmissibilityRequestCommand,
  RecordAdmissibility: recordAdmissibilityCommand,
  RecordEvidenceStatus: recordEvidenceStatusCommand,
  RecordEvidence: recordEvidenceCommand,
  RecordTrainers: recordTrainersCommand,
  RecordCapitalisationWindowClosure: recordCapitalisationWindowClosureCommand,
  RecordAward: recordAwardCommand,
  RecordRectifiedAward: recordRectifiedAwardCommand,
  CloseCapitalisationWindow: closeCapitalisationWindowCommand,
});

export type CandidateFileCommand = CommandOf<typeof candidateFileCommands>;

export type CandidateFileCommandType = CandidateFileCommand['type'];

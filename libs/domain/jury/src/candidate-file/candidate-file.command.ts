import type { CloseCapitalisationWindow } from './close-capitalisation-window/close-capitalisation-window.command';
import type { RecordAdmissibility } from './record-admissibility/record-admissibility.command';
import type { RecordAward } from './record-award/record-award.command';
import type { RecordCandidateHome } from './record-candidate-home/record-candidate-home.command';
import type { RecordEvidence } from './record-evidence/record-evidence.command';
import type { RecordEvidenceStatus } from './record-evidence-status/record-evidence-status.command';
import type { RecordPathway } from './record-pathway/record-pathway.command';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal/record-pathway-withdrawal.command';
import type { RecordRectifiedAward } from './record-rectified-award/record-rectified-award.command';
import type { RecordTrainers } from './record-trainers/record-trainers.command';
import type { RecordCapitalisationWindowClosure } from './record-capitalisation-window-closure/record-capitalisation-window-closure.command';

/** Every command a candidate's jury file answers, as its parser yields it: all made by the app from consumed events, but the sweep's closure. */
export type CandidateFileCommand =
  | RecordCandidateHome
  | RecordPathway
  | RecordPathwayWithdrawal
  | RecordAdmissibility
  | RecordEvidenceStatus
  | RecordEvidence
  | RecordTrainers
  | RecordCapitalisationWindowClosure
  | RecordAward
  | RecordRectifiedAward
  | CloseCapitalisationWindow;

export type CandidateFileCommandType = CandidateFileCommand['type'];

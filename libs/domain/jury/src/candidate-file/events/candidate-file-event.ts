import type { AdmissibilityRecorded } from './admissibility-recorded.event';
import type { AwardRecorded } from './award-recorded.event';
import type { AwardRectified } from './award-rectified.event';
import type { CandidateHomeRecorded } from './candidate-home-recorded.event';
import type { CapitalisationWindowClosed } from './capitalisation-window-closed.event';
import type { EvidenceRecorded } from './evidence-recorded.event';
import type { EvidenceStatusRecorded } from './evidence-status-recorded.event';
import type { PathwayRecorded } from './pathway-recorded.event';
import type { PathwayWithdrawalRecorded } from './pathway-withdrawal-recorded.event';
import type { TrainersRecorded } from './trainers-recorded.event';
import type { CapitalisationWindowClosureRecorded } from './capitalisation-window-closure-recorded.event';

/** Every event of a candidate's jury file. */
export type CandidateFileEvent =
  | CandidateHomeRecorded
  | PathwayRecorded
  | PathwayWithdrawalRecorded
  | AdmissibilityRecorded
  | EvidenceStatusRecorded
  | EvidenceRecorded
  | TrainersRecorded
  | CapitalisationWindowClosureRecorded
  | AwardRecorded
  | AwardRectified
  | CapitalisationWindowClosed;

export type CandidateFileEventType = CandidateFileEvent['type'];

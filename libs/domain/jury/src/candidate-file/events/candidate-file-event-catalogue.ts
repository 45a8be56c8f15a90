import { eventCatalogue } from '@titrepro/domain-kernel';
import { admissibilityRecordedDescriptor } from './admissibility-recorded.descriptor';
import { awardRecordedDescriptor } from './award-recorded.descriptor';
import { awardRectifiedDescriptor } from './award-rectified.descriptor';
import { candidateHomeRecordedDescriptor } from './candidate-home-recorded.descriptor';
import type { CandidateFileEvent } from './candidate-file-event';
import { capitalisationWindowClosedDescriptor } from './capitalisation-window-closed.descriptor';
import { evidenceRecordedDescriptor } from './evidence-recorded.descriptor';
import { evidenceStatusRecordedDescriptor } from './evidence-status-recorded.descriptor';
import { pathwayRecordedDescriptor } from './pathway-recorded.descriptor';
import { pathwayWithdrawalRecordedDescriptor } from './pathway-withdrawal-recorded.descriptor';
import { capitalisationWindowClosureRecordedDescriptor } from './capitalisation-window-closure-recorded.descriptor';
import { trainersRecordedDescriptor } from './trainers-recorded.descriptor';

/** The events of a candidate's jury file, described. They hold ids and codes only: nothing personal. */
export const candidateFileEvents = eventCatalogue<CandidateFileEvent>({
  CandidateHomeRecorded: candidateHomeRecordedDescriptor,
  PathwayRecorded: pathwayRecordedDescriptor,
  PathwayWithdrawalRecorded: pathwayWithdrawalRecordedDescriptor,
  AdmissibilityRecorded: admissibilityRecordedDescriptor,
  EvidenceStatusRecorded: evidenceStatusRecordedDescriptor,
  EvidenceRecorded: evidenceRecordedDescriptor,
  TrainersRecorded: trainersRecordedDescriptor,
  CapitalisationWindowClosureRecorded: capitalisationWindowClosureRecordedDescriptor,
  AwardRecorded: awardRecordedDescriptor,
  AwardRectified: awardRectifiedDescriptor,
  CapitalisationWindowClosed: capitalisationWindowClosedDescriptor,
});

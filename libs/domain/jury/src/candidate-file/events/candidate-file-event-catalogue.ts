import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { admissibilityRecordedDescriptor } from './admissibility-recorded.event';
import { admissibilityRequestRecordedDescriptor } from './admissibility-request-recorded.event';
import { awardRecordedDescriptor } from './award-recorded.event';
import { awardRectifiedDescriptor } from './award-rectified.event';
import { candidateHomeRecordedDescriptor } from './candidate-home-recorded.event';
import { capitalisationWindowClosedDescriptor } from './capitalisation-window-closed.event';
import { capitalisationWindowClosureRecordedDescriptor } from './capitalisation-window-closure-recorded.event';
import { evidenceRecordedDescriptor } from './evidence-recorded.event';
import { evidenceStatusRecordedDescriptor } from './evidence-status-recorded.event';
import { pathwayRecordedDescriptor } from './pathway-recorded.event';
import { pathwayWithdrawalRecordedDescriptor } from './pathway-withdrawal-recorded.event';
import { trainersRecordedDescriptor } from './trainers-recorded.event';

export * from './admissibility-recorded.event';
export * from './admissibility-request-recorded.event';
export * from './award-recorded.event';
export * from './award-rectified.event';
export * from './candidate-home-recorded.event';
export * from './capitalisation-window-closed.event';
export * from './capitalisation-window-closure-recorded.event';
export * from './evidence-recorded.event';
export * from './evidence-status-recorded.event';
export * from './pathway-recorded.event';
export * from './pathway-withdrawal-recorded.event';
export * from './trainers-recorded.event';

/** The events of a candidate's jury file, described. They hold ids and codes only: nothing personal. */
export const candidateFileEvents = eventCatalogue({
  CandidateHomeRecorded: candidateHomeRecordedDescriptor,
  PathwayRecorded: pathwayRecordedDescriptor,
  PathwayWithdrawalRecorded: pathwayWithdrawalRecordedDescriptor,
  AdmissibilityRequestRecorded: admissibilityRequestRecordedDescriptor,
  AdmissibilityRecorded: admissibilityRecordedDescriptor,
  EvidenceStatusRecorded: evidenceStatusRecordedDescriptor,
  EvidenceRecorded: evidenceRecordedDescriptor,
  TrainersRecorded: trainersRecordedDescriptor,
  CapitalisationWindowClosureRecorded: capitalisationWindowClosureRecordedDescriptor,
  AwardRecorded: awardRecordedDescriptor,
  AwardRectified: awardRectifiedDescriptor,
  CapitalisationWindowClosed: capitalisationWindowClosedDescriptor,
});

/** Every event of a candidate's jury file. */
export type CandidateFileEvent = EventOf<typeof candidateFileEvents>;

export type CandidateFileEventType = CandidateFileEvent['type'];

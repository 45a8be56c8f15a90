import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordEvidence } from './record-evidence.command';

/**
 * Records a piece of evidence; the same piece again (pathway, kind and reference id) decides
 * nothing. As for statuses, the pathway need not be in the file yet.
 */
export const decideRecordEvidence = (command: RecordEvidence, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, pathwayId, kind, ccpCode, ccsCode, referenceId, sha256s, assessorIds, passed, on } = command.data;
  const known = state.evidenceRecords.some((record) => record.pathwayId === pathwayId && record.kind === kind && record.referenceId === referenceId);
  if (known) return ok([]);
  return ok([
    { type: 'EvidenceRecorded', data: { candidateId, source, pathwayId, kind, ccpCode, ccsCode, referenceId, sha256s, assessorIds, passed, on, recordedOn: today } },
  ]);
};

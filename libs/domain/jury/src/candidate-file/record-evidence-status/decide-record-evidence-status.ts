import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvidenceItemFacts, FileEvidenceStatus } from '../../shared/candidate-file-facts';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordEvidenceStatus, RecordEvidenceStatusData } from './record-evidence-status.command';

const keys = (items: readonly EvidenceItemFacts[]): string => items.map((item) => item.key).join('|');

const sameJudgement = (status: FileEvidenceStatus, data: RecordEvidenceStatusData): boolean =>
  status.rulebookId === data.rulebookId &&
  status.ruleIds.join('|') === data.ruleIds.join('|') &&
  status.complete === data.complete &&
  keys(status.present) === keys(data.present) &&
  keys(status.missing) === keys(data.missing);

/**
 * Records the evaluation's judgement of a pathway's evidence; the latest replaces the previous
 * one, and the same judgement again decides nothing. The pathway need not be in the file yet: the
 * evaluation's topic may overtake the registry's, and a lost status would keep a candidate from
 * being convened.
 */
export const decideRecordEvidenceStatus = (command: RecordEvidenceStatus, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { data } = command;
  const latest = state.evidenceStatus.find((status) => status.pathwayId === data.pathwayId);
  if (latest && sameJudgement(latest, data)) return ok([]);
  const { candidateId, source, pathwayId, rulebookId, ruleIds, complete, present, missing } = data;
  return ok([{ type: 'EvidenceStatusRecorded', data: { candidateId, source, pathwayId, rulebookId, ruleIds, complete, present, missing, recordedOn: today } }]);
};

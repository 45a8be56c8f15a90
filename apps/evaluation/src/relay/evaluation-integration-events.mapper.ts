import {
  CandidateTrainersChangedV1,
  CcpPairAssessmentRecordedV1,
  DsppSubmittedV1,
  EvidenceCompletenessChangedV1,
  PracticalAssessmentRecordedV1,
  TrainingEvaluationRecordedV1,
} from '@titrepro/contracts';
import { evaluationEvents } from '@titrepro/domain-evaluation';
import { summaryOf } from '@titrepro/domain-kernel';
import { ruleIdsOf } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import { integrationEvent, type EventMapper, type IntegrationEventDraft } from '@titrepro/messaging';
import { readerOf } from '@titrepro/service-kit';

const readEvaluationEvent = readerOf({ events: evaluationEvents });

/**
 * The evaluation's published language: the evidence a jury decides on, as ids, hashes and
 * outcomes — never a name or a document's content. Instants are the decision's (the command's
 * clock). Pathways and assignments are this service's own bookkeeping and stay here.
 */
export const mapEvaluationEvent: EventMapper = (recorded: RecordedEvent): IntegrationEventDraft | null => {
  if (!evaluationEvents.has(recorded.type)) return null;
  const event = readEvaluationEvent(recorded);
  const at = recorded.metadata.occurredAt;
  switch (event.type) {
    case 'TrainingEvaluationRecorded': {
      const { candidateId, pathwayId, titleCode, ccpCode, result, assessorId, evaluatedOn } = event.data;
      return integrationEvent(TrainingEvaluationRecordedV1, { candidateId, pathwayId, titleCode, ccpCode, result, assessorId, evaluatedOn, recordedAt: at });
    }
    case 'DsppSubmitted': {
      const { candidateId, pathwayId, titleCode, submissionId, supersedes, documents } = event.data;
      return integrationEvent(DsppSubmittedV1, { candidateId, pathwayId, titleCode, submissionId, supersedes, documents: documents.map((document) => ({ ...document })), submittedAt: at });
    }
    case 'PracticalAssessmentRecorded': {
      const { candidateId, pathwayId, titleCode, assessmentId, target, heldOn, outcomes, assessorId } = event.data;
      return integrationEvent(PracticalAssessmentRecordedV1, {
        candidateId,
        pathwayId,
        titleCode,
        assessmentId,
        target,
        heldOn,
        outcomes: outcomes.map((outcome) => ({ ...outcome })),
        assessorIds: [assessorId],
        recordedAt: at,
      });
    }
    case 'CcpPairAssessmentRecorded': {
      const { candidateId, pathwayId, titleCode, ccpCode, outcome, assessors, trace, assessedOn } = event.data;
      return integrationEvent(CcpPairAssessmentRecordedV1, {
        candidateId,
        pathwayId,
        titleCode,
        ccpCode,
        outcome,
        assessorIds: [assessors[0].assessorId, assessors[1].assessorId],
        rulebookId: trace.rulebookId,
        ruleIds: ruleIdsOf(trace),
        assessedOn,
        recordedAt: at,
      });
    }
    case 'EvidenceCompletenessChanged': {
      const { candidateId, pathwayId, titleCode, pathwayType, trace, complete, present, missing } = event.data;
      const { rulebookId, ruleIds } = summaryOf(trace);
      return integrationEvent(EvidenceCompletenessChangedV1, {
        candidateId,
        pathwayId,
        titleCode,
        pathwayType,
        rulebookId,
        ruleIds: [...ruleIds],
        complete,
        present: present.map((item) => ({ ...item })),
        missing: missing.map((item) => ({ ...item })),
        changedAt: at,
      });
    }
    case 'CandidateTrainersChanged':
      return integrationEvent(CandidateTrainersChangedV1, { candidateId: event.data.candidateId, trainerIds: [...event.data.trainerIds], changedAt: at });
    case 'PathwayRecorded':
    case 'PathwayWithdrawalRecorded':
    case 'HandoverRecorded':
    case 'AssessorAssigned':
    case 'PracticalAssessmentScheduled':
      return null;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown evaluation event ${JSON.stringify(unexpected)}`);
    }
  }
};

import {
  CandidateTrainersChangedV1,
  CcpPairAssessmentRecordedV1,
  DsppSubmittedV1,
  EvidenceCompletenessChangedV1,
  PracticalAssessmentRecordedV1,
  TrainingEvaluationRecordedV1,
} from '@titrepro/contracts';
import { parseRecordEvidence, parseRecordEvidenceStatus, parseRecordTrainers } from '@titrepro/domain-jury';
import { byContract, on, type ConsumedEvent } from '@titrepro/messaging';
import { consumedCommand, type ConsumedCommands, type ConsumerDefinition } from '@titrepro/service-kit';
import { candidateFiles } from '../jury-aggregates';
import { dayOf, sourceOf } from './event-facts';

/** What a piece of evidence says, besides whose and which pathway's it is. */
interface EvidenceFacts {
  readonly kind: 'training-evaluation' | 'dspp' | 'practical-assessment' | 'ccp-pair-assessment';
  readonly ccpCode: string | null;
  readonly ccsCode: string | null;
  readonly referenceId: string;
  readonly sha256s: readonly string[];
  readonly assessorIds: readonly string[];
  readonly passed: boolean | null;
  readonly on: string;
}

/** One piece of evidence as the file records it: ids, hashes, assessors and outcome, never content. */
const evidence = (event: Pick<ConsumedEvent, 'eventId' | 'source'> & { readonly payload: { readonly candidateId: string; readonly pathwayId: string } }, facts: EvidenceFacts): ConsumedCommands => {
  const { candidateId, pathwayId } = event.payload;
  return consumedCommand(candidateFiles.stream(candidateId), parseRecordEvidence({ candidateId, pathwayId, source: sourceOf(event), ...facts }));
};

/**
 * What the evaluation services of every region publish about a candidate: the evidence (ids and
 * hashes), its completeness under the evidence rules, and who trained or assessed them
 * (JURY-PROFESSIONALS). Evidence recorded in a former home region arrives here too.
 */
export const evaluationEvidence: ConsumerDefinition = {
  name: 'evaluation-evidence',
  contexts: ['evaluation'],
  // Evidence recorded in a former home region counts in the new one.
  candidates: 'every-region',
  commandsFor: byContract(
    on(EvidenceCompletenessChangedV1, (event) => {
      const { candidateId, pathwayId, rulebookId, ruleIds, complete, present, missing } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordEvidenceStatus({ candidateId, pathwayId, rulebookId, ruleIds, complete, present, missing, source: sourceOf(event) }));
    }),
    on(CandidateTrainersChangedV1, (event) => {
      const { candidateId, trainerIds } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordTrainers({ candidateId, trainerIds, source: sourceOf(event) }));
    }),
    on(TrainingEvaluationRecordedV1, (event) =>
      evidence(event, {
        kind: 'training-evaluation',
        ccpCode: event.payload.ccpCode,
        ccsCode: null,
        referenceId: event.eventId,
        sha256s: [],
        assessorIds: [event.payload.assessorId],
        passed: event.payload.result === 'passed',
        on: event.payload.evaluatedOn,
      }),
    ),
    on(DsppSubmittedV1, (event) =>
      evidence(event, {
        kind: 'dspp',
        ccpCode: null,
        ccsCode: null,
        referenceId: event.payload.submissionId,
        sha256s: event.payload.documents.map((document) => document.sha256),
        assessorIds: [],
        passed: null,
        on: dayOf(event.payload.submittedAt),
      }),
    ),
    on(PracticalAssessmentRecordedV1, (event) => {
      const { target, outcomes } = event.payload;
      return evidence(event, {
        kind: 'practical-assessment',
        ccpCode: target.kind === 'ccp' ? target.ccpCode : null,
        ccsCode: target.kind === 'ccs' ? target.ccsCode : null,
        referenceId: event.payload.assessmentId,
        sha256s: [],
        assessorIds: event.payload.assessorIds,
        passed: outcomes.every((line) => line.outcome === 'acquired'),
        on: event.payload.heldOn,
      });
    }),
    on(CcpPairAssessmentRecordedV1, (event) =>
      evidence(event, {
        kind: 'ccp-pair-assessment',
        ccpCode: event.payload.ccpCode,
        ccsCode: null,
        referenceId: event.eventId,
        sha256s: [],
        assessorIds: event.payload.assessorIds,
        passed: event.payload.outcome === 'passed',
        on: event.payload.assessedOn,
      }),
    ),
  ),
};

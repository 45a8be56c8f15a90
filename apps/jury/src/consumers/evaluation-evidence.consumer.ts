import { parseRecordEvidence, parseRecordEvidenceStatus, parseRecordTrainers } from '@titrepro/domain-jury';
import type { ConsumedEvent } from '@titrepro/messaging';
import { consumedCommand, type ConsumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { candidateFiles } from '../jury-aggregates';
import { dayOf, field, sourceOf } from './event-facts';

type Outcome = { readonly outcome: string };
type Target = { readonly kind: string; readonly ccpCode?: string; readonly ccsCode?: string };

/** One piece of evidence as the file records it: ids, hashes, assessors and outcome, never content. */
const evidence = (event: ConsumedEvent, facts: Record<string, unknown>): readonly ConsumedCommand[] => {
  const candidateId = event.payload.candidateId;
  return consumedCommand(candidateFiles.stream(candidateId), parseRecordEvidence({ candidateId, pathwayId: field(event, 'pathwayId'), source: sourceOf(event), ...facts }));
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
  commandsFor: (event) => {
    const candidateId = event.payload.candidateId;
    const file = candidateFiles.stream(candidateId);
    switch (event.type) {
      case 'EvidenceCompletenessChanged':
        return consumedCommand(
          file,
          parseRecordEvidenceStatus({
            candidateId,
            pathwayId: field(event, 'pathwayId'),
            rulebookId: field(event, 'rulebookId'),
            ruleIds: field(event, 'ruleIds'),
            complete: field(event, 'complete'),
            present: field(event, 'present'),
            missing: field(event, 'missing'),
            source: sourceOf(event),
          }),
        );
      case 'CandidateTrainersChanged':
        return consumedCommand(file, parseRecordTrainers({ candidateId, trainerIds: field(event, 'trainerIds'), source: sourceOf(event) }));
      case 'TrainingEvaluationRecorded':
        return evidence(event, {
          kind: 'training-evaluation',
          ccpCode: field(event, 'ccpCode'),
          ccsCode: null,
          referenceId: event.eventId,
          sha256s: [],
          assessorIds: [field(event, 'assessorId')],
          passed: field(event, 'result') === 'passed',
          on: field(event, 'evaluatedOn'),
        });
      case 'DsppSubmitted': {
        const documents = field(event, 'documents') as readonly { sha256: string }[];
        return evidence(event, {
          kind: 'dspp',
          ccpCode: null,
          ccsCode: null,
          referenceId: field(event, 'submissionId'),
          sha256s: documents.map((document) => document.sha256),
          assessorIds: [],
          passed: null,
          on: dayOf(event, 'submittedAt'),
        });
      }
      case 'PracticalAssessmentRecorded': {
        const target = field(event, 'target') as Target;
        const outcomes = field(event, 'outcomes') as readonly Outcome[];
        return evidence(event, {
          kind: 'practical-assessment',
          ccpCode: target.kind === 'ccp' ? target.ccpCode : null,
          ccsCode: target.kind === 'ccs' ? target.ccsCode : null,
          referenceId: field(event, 'assessmentId'),
          sha256s: [],
          assessorIds: field(event, 'assessorIds'),
          passed: outcomes.every((line) => line.outcome === 'acquired'),
          on: field(event, 'heldOn'),
        });
      }
      case 'CcpPairAssessmentRecorded':
        return evidence(event, {
          kind: 'ccp-pair-assessment',
          ccpCode: field(event, 'ccpCode'),
          ccsCode: null,
          referenceId: event.eventId,
          sha256s: [],
          assessorIds: field(event, 'assessorIds'),
          passed: field(event, 'outcome') === 'passed',
          on: field(event, 'assessedOn'),
        });
      default:
        return [];
    }
  },
};

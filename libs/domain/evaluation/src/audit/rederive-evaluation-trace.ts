import { fail, invalidInput, ok, type DomainError, type Result } from '@titrepro/domain-kernel';
import type { Referential } from '@titrepro/domain-referential';
import { applyRule, decisionTrace, type DecisionTrace, type Rulebook } from '@titrepro/domain-rulebook';
import type { EvaluationState } from '../evaluation.state';
import type { CcpPairAssessmentRecorded } from '../events/ccp-pair-assessment-recorded.event';
import type { EvidenceCompletenessChanged } from '../events/evidence-completeness-changed.event';
import type { TrainingEvaluationRecorded } from '../events/training-evaluation-recorded.event';
import { evidenceCompleteness, type EvidenceCompleteness } from '../evidence/evidence-completeness';
import { ecfTrace } from '../record-training-evaluation/ecf-trace';
import { ccpPairFacts } from '../shared/ccp-pair-facts';
import { dsppEvidence } from '../shared/dspp-evidence';
import { findPathway, titleFor } from '../shared/guards';

/** The evaluation's decision events, whose traces an audit re-derives. */
export type EvaluationDecisionEvent = TrainingEvaluationRecorded | CcpPairAssessmentRecorded | EvidenceCompletenessChanged;

export const isEvaluationDecision = (event: { readonly type: string }): event is EvaluationDecisionEvent =>
  event.type === 'TrainingEvaluationRecorded' || event.type === 'CcpPairAssessmentRecorded' || event.type === 'EvidenceCompletenessChanged';

/** What the trace is re-derived with: the rulebook the event recorded, and the titles. */
export interface RederivationData {
  readonly rulebook: Rulebook;
  readonly referential: Pick<Referential, 'findTitle' | 'titleValidAt'>;
}

/** A re-derived trace; for an evidence status, the status the rules give too. */
export interface RederivedTrace {
  readonly trace: DecisionTrace;
  readonly completeness: Pick<EvidenceCompleteness, 'complete' | 'present' | 'missing'> | null;
}

/**
 * The trace an evaluation decision would record, re-derived from the candidate's stream as it stood
 * before the event (`before`: the fold of every earlier event of the stream) under the rulebook the
 * event recorded: the audit compares it with the recorded one, facts and verdicts, and uses it for
 * older events whose facts were never kept (FACTS_UNKNOWN). Pure.
 */
export const rederiveEvaluationTrace = (before: EvaluationState, event: EvaluationDecisionEvent, { rulebook, referential }: RederivationData): Result<RederivedTrace, DomainError> => {
  const { candidateId, pathwayId } = event.data;
  const pathway = findPathway(before, candidateId, pathwayId);
  if (!pathway.ok) return pathway;
  const dependencies = { referential, rulebooks: { rulebookInForceAt: () => rulebook } };
  switch (event.type) {
    case 'TrainingEvaluationRecorded': {
      const { ccpCode, result, evaluatedOn, assessorId, recordedOn } = event.data;
      const title = titleFor(dependencies, event.data.titleCode, recordedOn);
      if (!title.ok) return title;
      return ok({ trace: ecfTrace(pathway.value, title.value, rulebook, { ccpCode, result, evaluatedOn, assessorId }), completeness: null });
    }
    case 'CcpPairAssessmentRecorded': {
      const { ccpCode, assessors, recordedOn } = event.data;
      const title = titleFor(dependencies, event.data.titleCode, recordedOn);
      if (!title.ok) return title;
      const applied = applyRule(rulebook, 'CCP-PAIR', ccpPairFacts(pathway.value, title.value, ccpCode, assessors));
      return ok({ trace: decisionTrace(rulebook, [applied], { evidence: dsppEvidence(pathway.value, ccpCode) }), completeness: null });
    }
    case 'EvidenceCompletenessChanged': {
      const judged = evidenceCompleteness(before, pathwayId, event.data.changedOn, dependencies);
      if (!judged.ok) return judged;
      const { complete, present, missing, trace } = judged.value;
      return ok({ trace, completeness: { complete, present, missing } });
    }
    default: {
      const unexpected: never = event;
      return fail(invalidInput('type', `is not an evaluation decision: ${JSON.stringify(unexpected)}`));
    }
  }
};

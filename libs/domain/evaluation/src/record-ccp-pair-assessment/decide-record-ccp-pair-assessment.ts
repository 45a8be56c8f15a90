import { conflict, fail, invalidInput, isBefore, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { applyRule, decisionTrace, violationOf } from '@titrepro/domain-rulebook';
import { type EvaluationState, latestForCcp } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import { ccpPairFacts } from '../shared/ccp-pair-facts';
import { checkGrid } from '../shared/competences';
import { dsppEvidence } from '../shared/dspp-evidence';
import type { DecisionInput } from '../shared/decision';
import { assignedTo, ccpOf, notAfterDecisionDay, openPathway, qualifiedFor, rulebookFor, titleFor } from '../shared/guards';
import type { RecordCcpPairAssessment } from './record-ccp-pair-assessment.command';

/**
 * Records a CCP's pair evaluation under CCP-PAIR of the rulebook in force (who sits, on what
 * evidence), then what the rule leaves to this context: both assessors qualified for the title and
 * assigned to this CCP, a grid of exactly its compétences. A failed CCP may be assessed again (the
 * last evaluation counts); a passed one is final.
 */
export const decideRecordCcpPairAssessment = (command: RecordCcpPairAssessment, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const pathway = openPathway(state, data.candidateId, data.pathwayId);
  if (!pathway.ok) return pathway;
  if (pathway.value.type !== 'discontinuous-training') {
    return fail(conflict(`pathway ${data.pathwayId} is a ${pathway.value.type} pathway; CCP-PAIR evaluations belong to the discontinuous pathway`));
  }
  const assessed = notAfterDecisionDay('assessedOn', data.assessedOn, on);
  if (!assessed.ok) return assessed;
  const rulebook = rulebookFor(dependencies, on);
  if (!rulebook.ok) return rulebook;
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;

  const applied = applyRule(rulebook.value, 'CCP-PAIR', ccpPairFacts(pathway.value, title.value, data.ccpCode, data.assessors));
  if (!applied.outcome.passed) return fail(violationOf(applied.outcome));

  for (const assessor of data.assessors) {
    const qualified = qualifiedFor(assessor, title.value.code);
    if (!qualified.ok) return qualified;
    const assigned = assignedTo(pathway.value, assessor, { kind: 'ccp-evaluation', ccpCode: data.ccpCode }, `the pair evaluation of ${data.ccpCode}`);
    if (!assigned.ok) return assigned;
  }
  const ccp = ccpOf(title.value, data.ccpCode);
  if (!ccp.ok) return ccp;
  const grid = checkGrid('grid', data.grid, ccp.value.competences, `${data.ccpCode} of title ${title.value.code}`);
  if (!grid.ok) return grid;

  const previous = latestForCcp(pathway.value.ccpPairAssessments, data.ccpCode);
  if (previous?.outcome === 'passed') return fail(conflict(`${data.ccpCode} was already passed before its assessor pair on ${previous.assessedOn}`));
  if (previous && isBefore(data.assessedOn, previous.assessedOn)) {
    return fail(invalidInput('assessedOn', `is before the previous evaluation of ${data.ccpCode}, on ${previous.assessedOn}`));
  }

  const [first, second] = data.assessors;
  const seat = ({ assessorId, kind, specialtyTitleCode }: typeof first) => ({ assessorId, kind, specialtyTitleCode });
  return ok([
    {
      type: 'CcpPairAssessmentRecorded',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: title.value.code,
        ccpCode: data.ccpCode,
        assessedOn: data.assessedOn,
        assessors: [seat(first), seat(second)],
        outcome: data.outcome,
        grid: data.grid,
        recordedOn: on,
        trace: decisionTrace(rulebook.value, [applied], {
          // The DSPP documents of this CCP the pair relied on, by id and hash.
          evidence: dsppEvidence(pathway.value, data.ccpCode),
        }),
      },
    },
  ]);
};

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type DecisionTrace, RULE_IDS, ruleKnownByIdOnly, storedDecisionTrace, type RuleId } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { PASS_FAIL_LABELS } from '../shared/labels';

export type TrainingEvaluationResult = 'passed' | 'failed';

/** A trainer recorded the result of an évaluation en cours de formation (ECF) for one CCP, under EVIDENCE-CONTINUOUS. */
export type TrainingEvaluationRecorded = DomainEvent<
  'TrainingEvaluationRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly ccpCode: string;
    readonly evaluatedOn: CalendarDate;
    readonly result: TrainingEvaluationResult;
    /** Always a trainer assigned to that CCP's ECF. */
    readonly assessorId: string;
    readonly recordedOn: CalendarDate;
    /**
     * EVIDENCE-CONTINUOUS on the pathway's file with this ECF counted (the facts it read and its
     * verdict), and the DSPP documents those facts counted, by id and hash.
     */
    readonly trace: DecisionTrace;
  }
>;

interface TrainingEvaluationRecordedV1 {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
  readonly [field: string]: unknown;
}

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/**
 * Version 1 kept the rule id alone: read back as a trace whose rule's facts and verdict are unknown
 * (the audit re-derives them from the evaluation stream up to the event).
 */
export const trainingEvaluationRecordedV1ToV2 = (stored: unknown): unknown => {
  const { rulebookId, ruleIds, ...rest } = stored as TrainingEvaluationRecordedV1;
  return { ...rest, trace: { rulebookId, rules: ruleIds.filter(isRuleId).map((ruleId) => ruleKnownByIdOnly(ruleId)), evidence: [], reads: [] } };
};

/** TrainingEvaluationRecorded as stored, version 2 (the trace); a decision under the rule it records (EVIDENCE-CONTINUOUS). */
export const trainingEvaluationRecordedDescriptor = defineEvent<TrainingEvaluationRecorded>({
  type: 'TrainingEvaluationRecorded',
  schemaVersion: 2,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    ccpCode: z.string(),
    evaluatedOn: calendarDate,
    result: z.enum(['passed', 'failed']),
    assessorId: z.string(),
    recordedOn: calendarDate,
    trace: storedDecisionTrace,
  }),
  decision: (data) => data.trace,
  upcasters: { 1: trainingEvaluationRecordedV1ToV2 },
  describe: ({ pathwayId, ccpCode, evaluatedOn, result, assessorId, recordedOn }) => ({
    fr: `ECF de ${ccpCode} du ${evaluatedOn} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[result].fr}, par le formateur ${assessorId}, enregistré le ${recordedOn}`,
    en: `ECF of ${ccpCode} on ${evaluatedOn} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[result].en}, by trainer ${assessorId}, recorded on ${recordedOn}`,
  }),
});

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
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
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
  }
>;

/** TrainingEvaluationRecorded as stored, version 1; a decision under the rule it records (EVIDENCE-CONTINUOUS). */
export const trainingEvaluationRecordedDescriptor = defineEvent<TrainingEvaluationRecorded>({
  type: 'TrainingEvaluationRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    ccpCode: z.string(),
    evaluatedOn: calendarDate,
    result: z.enum(['passed', 'failed']),
    assessorId: z.string(),
    recordedOn: calendarDate,
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
  describe: ({ pathwayId, ccpCode, evaluatedOn, result, assessorId, recordedOn }) => ({
    fr: `ECF de ${ccpCode} du ${evaluatedOn} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[result].fr}, par le formateur ${assessorId}, enregistré le ${recordedOn}`,
    en: `ECF of ${ccpCode} on ${evaluatedOn} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[result].en}, by trainer ${assessorId}, recorded on ${recordedOn}`,
  }),
});

import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { PASS_FAIL_LABELS } from '../shared/labels';
import type { TrainingEvaluationRecorded } from './training-evaluation-recorded.event';

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
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ pathwayId, ccpCode, evaluatedOn, result, assessorId, recordedOn }) => ({
    fr: `ECF de ${ccpCode} du ${evaluatedOn} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[result].fr}, par le formateur ${assessorId}, enregistré le ${recordedOn}`,
    en: `ECF of ${ccpCode} on ${evaluatedOn} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[result].en}, by trainer ${assessorId}, recorded on ${recordedOn}`,
  }),
});

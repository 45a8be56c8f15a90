import { juryOutcomeLabel } from '@titrepro/domain-rulebook';
import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedFileReference, storedOutcome, storedPathwayType, storedRuleApplications, storedSessionKind } from '../shared/stored-schemas';
import type { DecisionRectified } from './decision-rectified.event';
import { traceOf } from './rule-ids-of';

/** DecisionRectified as stored, version 1; a decision under the rules it records. */
export const decisionRectifiedDescriptor = defineEvent<DecisionRectified>({
  type: 'DecisionRectified',
  schemaVersion: 1,
  schema: z.strictObject({
    rectificationId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    sessionKind: storedSessionKind,
    candidateId: z.string(),
    pathwayId: z.string().nullable(),
    pathwayType: storedPathwayType.nullable(),
    previousOutcome: storedOutcome,
    outcome: storedOutcome,
    ccpCodesAwarded: z.array(z.string()),
    ccsCode: z.string().nullable(),
    reason: z.string(),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
    fileRef: storedFileReference,
    rectifiedBy: z.string(),
    rectifiedOn: calendarDate,
    decidedOn: calendarDate,
  }),
  decision: traceOf,
  // The reason is free text: a description names the change, never what an officer wrote.
  describe: ({ rectificationId, decisionId, sessionId, candidateId, previousOutcome, outcome, rectifiedBy, rectifiedOn }) => ({
    fr: `Décision ${decisionId} (session ${sessionId}, candidat ${candidateId}) rectifiée par ${rectifiedBy} le ${rectifiedOn} (${rectificationId}) : ${juryOutcomeLabel(previousOutcome).fr} → ${juryOutcomeLabel(outcome).fr}`,
    en: `Decision ${decisionId} (session ${sessionId}, candidate ${candidateId}) rectified by ${rectifiedBy} on ${rectifiedOn} (${rectificationId}): ${juryOutcomeLabel(previousOutcome).en} → ${juryOutcomeLabel(outcome).en}`,
  }),
});

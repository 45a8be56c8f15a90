import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type JuryDecisionOutcome, juryOutcomeLabel, type PathwayType, type RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { SessionKind } from '../shared/session-kind';
import { storedFileReference, storedOutcome, storedPathwayType, storedRuleApplications, storedSessionKind } from '../shared/stored-schemas';
import { traceOf } from './rule-ids-of';

/**
 * The office rectified a decision of sealed minutes: the new outcome replaces the award of
 * `decisionId`, under the rules applied again as of the session date.
 */
export type DecisionRectified = DomainEvent<
  'DecisionRectified',
  {
    readonly rectificationId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly candidateId: string;
    readonly pathwayId: string | null;
    readonly pathwayType: PathwayType | null;
    readonly previousOutcome: JuryDecisionOutcome;
    readonly outcome: JuryDecisionOutcome;
    readonly ccpCodesAwarded: readonly string[];
    readonly ccsCode: string | null;
    readonly reason: string;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly fileRef: FileReference;
    readonly rectifiedBy: string;
    readonly rectifiedOn: CalendarDate;
    readonly decidedOn: CalendarDate;
  }
>;

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

import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type JuryDecisionOutcome, juryOutcomeLabel, type PathwayType, type RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { DecisionEvidence } from '../session.state';
import type { SessionKind } from '../shared/session-kind';
import { storedDecisionEvidence, storedFileReference, storedOutcome, storedPathwayType, storedRuleApplications, storedSessionKind } from '../shared/stored-schemas';
import { traceOf } from './rule-ids-of';

/**
 * The jury decided for one candidate, under the rules applied as of the session date. It becomes
 * an award only when the minutes are sealed; until then a revision may replace it.
 */
export type DeliberationRecorded = DomainEvent<
  'DeliberationRecorded',
  {
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly candidateId: string;
    readonly pathwayId: string | null;
    readonly pathwayType: PathwayType | null;
    readonly outcome: JuryDecisionOutcome;
    /** Title awarded: all the title's CCPs; else the CCPs the jury awards. */
    readonly ccpCodesAwarded: readonly string[];
    /** The CCS awarded, else null. */
    readonly ccsCode: string | null;
    readonly decidedOn: CalendarDate;
    readonly recordedBy: string;
    readonly members: readonly string[];
    readonly revises: string | null;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly evidence: DecisionEvidence | null;
    readonly fileRef: FileReference;
    readonly recordedOn: CalendarDate;
  }
>;

/** DeliberationRecorded as stored, version 1; a decision under the rules it records. */
export const deliberationRecordedDescriptor = defineEvent<DeliberationRecorded>({
  type: 'DeliberationRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    sessionKind: storedSessionKind,
    candidateId: z.string(),
    pathwayId: z.string().nullable(),
    pathwayType: storedPathwayType.nullable(),
    outcome: storedOutcome,
    ccpCodesAwarded: z.array(z.string()),
    ccsCode: z.string().nullable(),
    decidedOn: calendarDate,
    recordedBy: z.string(),
    members: z.array(z.string()),
    revises: z.string().nullable(),
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
    evidence: storedDecisionEvidence,
    fileRef: storedFileReference,
    recordedOn: calendarDate,
  }),
  decision: traceOf,
  describe: ({ decisionId, sessionId, titleCode, candidateId, outcome, ccsCode, decidedOn, recordedBy, revises }) => {
    const label = juryOutcomeLabel(outcome);
    const ccs = ccsCode === null ? '' : ` ${ccsCode}`;
    return {
      fr: `Délibération ${decisionId} du ${decidedOn} (session ${sessionId}, ${titleCode}) pour le candidat ${candidateId} : ${label.fr}${ccs}, enregistrée par ${recordedBy}${revises === null ? '' : `, révisant ${revises}`}`,
      en: `Deliberation ${decisionId} on ${decidedOn} (session ${sessionId}, ${titleCode}) for candidate ${candidateId}: ${label.en}${ccs}, recorded by ${recordedBy}${revises === null ? '' : `, revising ${revises}`}`,
    };
  },
});

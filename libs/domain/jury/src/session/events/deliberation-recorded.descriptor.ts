import { juryOutcomeLabel } from '@titrepro/domain-rulebook';
import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedDecisionEvidence, storedFileReference, storedOutcome, storedPathwayType, storedRuleApplications, storedSessionKind } from '../shared/stored-schemas';
import type { DeliberationRecorded } from './deliberation-recorded.event';
import { traceOf } from './rule-ids-of';

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

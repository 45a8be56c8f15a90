import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { calendarDateField, candidateIdField, instantField, personIdField, sha256Field, titleCodeField } from '../shared-fields';
import { decidingRegionField, decisionIdField, juryOutcomeField, sessionIdField, sessionKindField } from './jury-fields';

/**
 * The procès-verbal of a validation session was approved by every member and sealed by the regional
 * office. Published once per candidate of the session (the Kafka key is the candidate), each with
 * the seal: a hash of the session's decisions and members, which any copy of the minutes must match.
 */
export const MinutesSealedV1 = defineContract({
  type: 'MinutesSealed',
  version: 1,
  context: 'jury',
  summary: "A validation session's minutes were sealed (one message per candidate of the session).",
  schema: z.object({
    candidateId: candidateIdField,
    sessionId: sessionIdField,
    region: decidingRegionField,
    titleCode: titleCodeField,
    sessionKind: sessionKindField,
    sessionDate: calendarDateField,
    decisionId: decisionIdField,
    outcome: juryOutcomeField,
    minutesHash: sha256Field.describe("SHA-256 of the minutes' canonical JSON (decisions and members)."),
    memberIds: z.array(personIdField).min(1),
    sealedAt: instantField,
  }),
});

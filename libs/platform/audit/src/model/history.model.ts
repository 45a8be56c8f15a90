import { z } from 'zod';
import { AUDITED_SERVICES } from '../config/audited-stores-config';

/**
 * The JSON an auditor reads (CLI `--json`, HTTP, the export, the timeline page): typed here once,
 * as zod schemas (OpenAPI) and the TypeScript types they give.
 */
export const explanationSchema = z.object({ fr: z.string(), en: z.string() });

/** One rule as a decision applied it: its facts when the event recorded them, and its verdict. */
export const ruleTraceSchema = z.object({
  ruleId: z.string(),
  /** Whom or what it was applied for, when a decision applies a rule several times. */
  subject: z.string().nullable(),
  /** False when the event recorded only the rule id (older traces): `facts` and `passed` are then null. */
  factsKnown: z.boolean(),
  facts: z.unknown(),
  passed: z.boolean().nullable(),
  explanation: explanationSchema.nullable(),
});

/** A version of another stream a decision read: where it is, as the decision cites it. */
export const citationSchema = z.object({
  kind: z.enum(['stream', 'evidence', 'source-event']),
  /** The service and region whose store holds it, when the decision says so. */
  service: z.enum(AUDITED_SERVICES).nullable(),
  region: z.string().nullable(),
  /** A stream id (kind `stream`), an evidence id, or an event id (`source-event`). */
  id: z.string(),
  revision: z.number().int().nullable(),
  sha256s: z.array(z.string()),
});

export const decisionTraceSchema = z.object({
  rulebookId: z.string(),
  rules: z.array(ruleTraceSchema),
  cites: z.array(citationSchema),
});

/** One event of the candidate's history, in any service of any region. */
export const historyEntrySchema = z.object({
  service: z.enum(AUDITED_SERVICES),
  /** The region whose store holds it. */
  region: z.string(),
  streamId: z.string(),
  revision: z.number().int(),
  globalPosition: z.number().int(),
  eventId: z.string(),
  type: z.string(),
  schemaVersion: z.number().int(),
  /** When it was decided (the command's clock), ISO-8601. */
  occurredAt: z.string(),
  recordedAt: z.string(),
  /** Who: the token's subject and the role they acted in. */
  actor: z.object({ subject: z.string(), role: z.string() }),
  /** Where: the region whose office recorded it (metadata). */
  recordedIn: z.string(),
  /** The event's line from its descriptor, fr and en. */
  summary: explanationSchema,
  hash: z.string(),
  /** Its decision trace, for a decision event; else null. */
  decision: decisionTraceSchema.nullable(),
});

export const heldAwardSchema = z.object({
  kind: z.enum(['ccp', 'title', 'ccs']),
  titleCode: z.string(),
  code: z.string(),
  on: z.string(),
  region: z.string(),
  sessionId: z.string(),
  decisionId: z.string(),
});

export const issuedDocumentSchema = z.object({
  region: z.string(),
  kind: z.string(),
  documentId: z.string(),
  decisionId: z.string().nullable(),
  status: z.enum(['issued', 'superseded', 'revoked', 'erased']),
  on: z.string(),
});

/** The candidate's state as it stood (at `asOf`, else now), as the juries' files and issuances knew it. */
export const candidateStateSchema = z.object({
  homeRegion: z.string().nullable(),
  pathways: z.array(z.object({ pathwayId: z.string(), titleCode: z.string(), type: z.string(), region: z.string(), status: z.string() })),
  held: z.array(heldAwardSchema),
  documents: z.array(issuedDocumentSchema),
  decisions: z.number().int(),
});

/** A store the audit was configured for, and whether it could be read. */
export const sourceSchema = z.object({ region: z.string(), service: z.enum(AUDITED_SERVICES), read: z.boolean(), error: z.string().nullable(), events: z.number().int() });

export const candidateHistorySchema = z.object({
  candidateId: z.string(),
  /** The date the history and state stand at (inclusive, end of that day UTC), else null: now. */
  asOf: z.string().nullable(),
  generatedAt: z.string(),
  sources: z.array(sourceSchema),
  /** In order of occurredAt (then region, service, stream, revision). */
  entries: z.array(historyEntrySchema),
  state: candidateStateSchema,
});

export type Explanation = z.infer<typeof explanationSchema>;
export type RuleTrace = z.infer<typeof ruleTraceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type DecisionTrace = z.infer<typeof decisionTraceSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HeldAward = z.infer<typeof heldAwardSchema>;
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;
export type CandidateState = z.infer<typeof candidateStateSchema>;
export type HistorySource = z.infer<typeof sourceSchema>;
export type CandidateHistory = z.infer<typeof candidateHistorySchema>;

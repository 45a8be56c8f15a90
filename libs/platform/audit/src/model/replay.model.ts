import { z } from 'zod';
import { AUDITED_SERVICES } from '../config/audited-stores-config';
import { explanationSchema } from './history.model';

/**
 * What replay flags on a decision:
 * - `facts-differ`: a recorded fact is not what the cited streams, at the cited revisions, give;
 * - `verdict-differs`: the recorded rulebook's rule gives another verdict on the recorded facts;
 * - `rule-refuses`: on the re-derived facts the rules refuse the decision (the rule is named);
 * - `missing-citation`: a cited stream revision, event or evidence does not exist;
 * - `unknown-rulebook`: this code does not know the recorded rulebook;
 * - `unreadable`: the event cannot be read with its descriptors.
 */
export const REPLAY_FLAG_KINDS = ['facts-differ', 'verdict-differs', 'rule-refuses', 'missing-citation', 'unknown-rulebook', 'unreadable'] as const;
export type ReplayFlagKind = (typeof REPLAY_FLAG_KINDS)[number];

export const replayFlagSchema = z.object({
  kind: z.enum(REPLAY_FLAG_KINDS),
  /** The rule concerned, when there is one. */
  ruleId: z.string().nullable(),
  subject: z.string().nullable(),
  message: explanationSchema,
  /** What the event says, and what the re-derivation or re-run gives (null when not applicable). */
  recorded: z.unknown(),
  rederived: z.unknown(),
});

/** Why a rule could not be checked against the streams (an older trace without facts, a store not configured). */
export const uncheckedSchema = z.object({ ruleId: z.string().nullable(), reason: z.string() });

export const decisionReplaySchema = z.object({
  service: z.enum(AUDITED_SERVICES),
  region: z.string(),
  streamId: z.string(),
  revision: z.number().int(),
  eventId: z.string(),
  type: z.string(),
  occurredAt: z.string(),
  rulebookId: z.string().nullable(),
  /** `consistent`: re-derived and re-run, nothing flagged; `flagged`; `partial`: nothing flagged, some rules unchecked. */
  status: z.enum(['consistent', 'flagged', 'partial']),
  /** The rules re-run on facts re-derived from the cited streams. */
  rederived: z.array(z.string()),
  /** The rules re-run on their recorded facts. */
  rerun: z.array(z.string()),
  unchecked: z.array(uncheckedSchema),
  flags: z.array(replayFlagSchema),
});

export const candidateReplaySchema = z.object({
  candidateId: z.string(),
  generatedAt: z.string(),
  decisions: z.array(decisionReplaySchema),
  /** Decisions flagged. */
  flagged: z.number().int(),
  /** True when no decision is flagged (the CLI's exit status 0). */
  ok: z.boolean(),
  elapsedMs: z.number(),
});

export type ReplayFlag = z.infer<typeof replayFlagSchema>;
export type Unchecked = z.infer<typeof uncheckedSchema>;
export type DecisionReplay = z.infer<typeof decisionReplaySchema>;
export type CandidateReplay = z.infer<typeof candidateReplaySchema>;

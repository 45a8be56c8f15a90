import { calendarDate } from '@titrepro/domain-kernel';
import { RULE_IDS } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { Achievement, BookletEntry, RevokedBy } from '../documents.state';
import type { JuryOutcome } from './outcome';
import type { RuleApplication } from './rule-application';

// The shapes events store, checked when read back: looser than command input (a stored event is
// a fact, and the référentiel decides what a code means), strict about structure.

const storedExplanation = z.strictObject({ fr: z.string(), en: z.string() });

export const storedAchievement: z.ZodType<Achievement, unknown> = z.strictObject({
  kind: z.enum(['title', 'ccs']),
  titleCode: z.string(),
  ccsCode: z.string().nullable(),
});

export const storedEntries: z.ZodType<readonly BookletEntry[], unknown> = z.array(
  z.strictObject({
    titleCode: z.string(),
    ccpCode: z.string(),
    obtainedOn: calendarDate,
    sessionId: z.string(),
    region: z.string(),
    decisionId: z.string(),
  }),
);

export const storedRevokedBy: z.ZodType<RevokedBy, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rectification'), rectificationId: z.string(), region: z.string() }),
  z.strictObject({ kind: z.literal('officer'), officerId: z.string(), region: z.string() }),
]);

export const storedOutcome: z.ZodType<JuryOutcome, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-awarded') }),
  z.strictObject({ kind: z.literal('title-not-awarded'), ccpCodesAwarded: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('ccs-awarded') }),
  z.strictObject({ kind: z.literal('ccs-refused') }),
  z.strictObject({ kind: z.literal('absent') }),
  z.strictObject({ kind: z.literal('excused') }),
]);

/**
 * Rule applications keep the facts exactly as the rule read them, whatever the rule: the schema
 * checks the frame, and an audit re-runs the rule on the facts (a wrong shape shows there).
 */
export const storedRuleApplications = z.array(
  z.strictObject({
    ruleId: z.enum(RULE_IDS),
    subject: z.string().nullable(),
    facts: z.unknown(),
    passed: z.boolean(),
    explanation: storedExplanation,
    details: z.unknown(),
  }),
) as unknown as z.ZodType<readonly RuleApplication[], unknown>;

export const storedStatusListIndex = z.number().int().min(0);

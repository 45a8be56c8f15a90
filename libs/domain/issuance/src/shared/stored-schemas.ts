import { calendarDate } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { Achievement, BookletEntry, RevokedBy } from '../documents.state';

// The shapes events store, checked when read back: looser than command input (a stored event is
// a fact, and the référentiel decides what a code means), strict about structure.

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

export { storedJuryDecisionOutcome as storedOutcome } from '@titrepro/domain-rulebook';

/** Rule applications as stored: the rulebook's frame, shared by every decision event. */
export { storedRuleApplications } from '@titrepro/domain-rulebook';

export const storedStatusListIndex = z.number().int().min(0);

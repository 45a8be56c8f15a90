import { identifier } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { EvidenceItemFacts, SourceEvent } from '../../shared/candidate-file-facts';
import { allDistinct, certificateCode } from '../../shared/code-schemas';
import type { Award, RectifiedAward } from '../awards/award';

// The shapes of the commands the app makes from consumed integration events: strict, so that a
// malformed event is refused (and dead-lettered) rather than folded into a candidate's file.

/**
 * The consumed event. Its producing region is kept for the record only, so any identifier is
 * taken (the app names a source it cannot parse `unknown`).
 */
export const sourceEventSchema: z.ZodType<SourceEvent, unknown> = z.strictObject({ eventId: identifier, region: identifier });

export const distinctIds = z.array(identifier).max(200).refine(allDistinct, { message: 'must not name an id twice' });

const ccpCodes = z
  .array(certificateCode)
  .min(1, { message: 'must hold at least one CCP code' })
  .max(50)
  .refine(allDistinct, { message: 'must not name a CCP twice' });

const awardVariants = [
  z.strictObject({ kind: z.literal('title'), ccpCodes }),
  z.strictObject({ kind: z.literal('ccps'), ccpCodes }),
  z.strictObject({ kind: z.literal('ccs'), ccsCode: certificateCode }),
] as const;

export const awardSchema: z.ZodType<Award, unknown> = z.discriminatedUnion('kind', [...awardVariants]);

export const rectifiedAwardSchema: z.ZodType<RectifiedAward, unknown> = z.discriminatedUnion('kind', [...awardVariants, z.strictObject({ kind: z.literal('none') })]);

export const evidenceItemSchema: z.ZodType<EvidenceItemFacts, unknown> = z.strictObject({
  key: z.string().min(1).max(100),
  fr: z.string().min(1).max(500),
  en: z.string().min(1).max(500),
});

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });

/** The fields of every command made from a consumed event: whose file, and which event. */
export const consumedFactFields = { candidateId: identifier, source: sourceEventSchema } as const;

/** What every such command's data holds. */
export interface ConsumedFactData {
  readonly candidateId: string;
  readonly source: SourceEvent;
}

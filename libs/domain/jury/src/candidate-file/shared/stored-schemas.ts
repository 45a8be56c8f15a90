import { calendarDate } from '@titrepro/domain-kernel';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';

// The shapes events store, checked when read back: looser than command input (a stored event is
// a fact), strict about structure.

export const storedSource = z.strictObject({ eventId: z.string(), region: z.string() });

const storedAwardVariants = [
  z.strictObject({ kind: z.literal('title'), ccpCodes: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('ccps'), ccpCodes: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('ccs'), ccsCode: z.string() }),
] as const;

export const storedAward = z.discriminatedUnion('kind', [...storedAwardVariants]);
export const storedRectifiedAward = z.discriminatedUnion('kind', [...storedAwardVariants, z.strictObject({ kind: z.literal('none') })]);

export const storedEvidenceItem = z.strictObject({ key: z.string(), fr: z.string(), en: z.string() });

export const storedPathwayType = z.enum(PATHWAY_TYPES);

/** The fields every consumed fact carries: whose file, where it came from, when the file took it. */
export const storedFactCommon = { candidateId: z.string(), source: storedSource, recordedOn: calendarDate } as const;

import { z } from 'zod';
import { ASSESSOR_KINDS, COMPETENCE_OUTCOMES } from './assessor-facts';

// The shapes events store, checked when read back: looser than command input (a stored event is
// a fact, and the référentiel decides what a code means), strict about structure.

export const storedTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-synthesis') }),
  z.strictObject({ kind: z.literal('ccp'), ccpCode: z.string() }),
  z.strictObject({ kind: z.literal('ccs'), ccsCode: z.string() }),
]);

export const storedScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ecf'), ccpCode: z.string() }),
  z.strictObject({ kind: z.literal('practical-assessment'), assessmentId: z.string() }),
  z.strictObject({ kind: z.literal('ccp-evaluation'), ccpCode: z.string() }),
]);

export const storedGrid = z.array(z.strictObject({ competence: z.string(), outcome: z.enum(COMPETENCE_OUTCOMES) }));

export const storedAssessorKind = z.enum(ASSESSOR_KINDS);

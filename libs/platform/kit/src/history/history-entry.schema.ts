import { z } from 'zod';

/** A HistoryEntry as the API answers it (OpenAPI). */
export const historyEntrySchema = z.object({
  revision: z.number().int(),
  type: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  region: z.string(),
  actorRole: z.string(),
  rulebookId: z.string().nullable(),
  ruleIds: z.array(z.string()),
  summary: z.object({ fr: z.string(), en: z.string() }),
  hash: z.string(),
});

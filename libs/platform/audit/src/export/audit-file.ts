import { z } from 'zod';
import { candidateHistory } from '../history/candidate-history';
import { candidateHistorySchema, candidateReplaySchema, verificationSchema } from '../model';
import { candidateReplay } from '../replay/candidate-replay';
import type { AuditedStores } from '../stores/audited-stores';
import { verifyStores } from '../verify/verification';

/** The candidate's audit file: their history, every decision replayed, and the verification of the stores it comes from. */
export const auditFileSchema = z.object({
  candidateId: z.string(),
  generatedAt: z.string(),
  history: candidateHistorySchema,
  replay: candidateReplaySchema,
  verification: verificationSchema,
});
export type AuditFile = z.infer<typeof auditFileSchema>;

export const candidateAuditFile = async (stores: AuditedStores, candidateId: string, now: Date = new Date()): Promise<AuditFile> => {
  const history = await candidateHistory(stores, candidateId, { now });
  const replay = await candidateReplay(stores, candidateId, { now });
  // The chains of the stores the history comes from.
  const verification = await verifyStores(stores, { now });
  return { candidateId, generatedAt: now.toISOString(), history, replay, verification };
};

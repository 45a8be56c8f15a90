import type { PgContext } from './pg-context';
import { withPgTransaction } from './with-pg-transaction';

/**
 * Records the subject as forgotten and deletes the snapshots that hold their data in clear (under a
 * table lock, so no concurrent snapshot write survives it), then destroys their keys.
 */
export const forgetSubject = async (ctx: PgContext, subjectId: string): Promise<void> => {
  const { q } = ctx.names;
  await withPgTransaction(ctx.pool, async (client) => {
    await client.query(`LOCK TABLE ${q}snapshots IN EXCLUSIVE MODE`);
    await client.query(`INSERT INTO ${q}forgotten_subjects (subject_id) VALUES ($1) ON CONFLICT DO NOTHING`, [subjectId]);
    await client.query(`DELETE FROM ${q}snapshots WHERE subjects @> ARRAY[$1::text]`, [subjectId]);
  });
  if (!ctx.keyStore) throw new Error('forgetSubject: the store has no KeyStore');
  await ctx.keyStore.destroyKeys(subjectId);
};

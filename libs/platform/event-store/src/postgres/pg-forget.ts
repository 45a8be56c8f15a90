import type { PgContext } from './pg-context';
import { withPgTransaction } from './with-pg-transaction';

/**
 * Records the subject as forgotten and deletes the snapshots that hold their data in clear (under a
 * table lock, so no concurrent snapshot write survives it), then destroys their keys in the key
 * store (another database). The store's own `forgotten_subjects` is what keeps new snapshots of the
 * subject out; the key store keeps its own list, so that no key is ever created for them again.
 */
export const forgetSubject = async (ctx: PgContext, subjectId: string): Promise<void> => {
  const { keyStore } = ctx;
  if (!keyStore) throw new Error('forgetSubject: the store has no KeyStore');
  const { q } = ctx.names;
  await withPgTransaction(ctx.pool, async (client) => {
    await client.query(`LOCK TABLE ${q}snapshots IN EXCLUSIVE MODE`);
    await client.query(`INSERT INTO ${q}forgotten_subjects (subject_id) VALUES ($1) ON CONFLICT DO NOTHING`, [subjectId]);
    await client.query(`DELETE FROM ${q}snapshots WHERE subjects @> ARRAY[$1::text]`, [subjectId]);
  });
  await keyStore.destroyKeys(subjectId);
};

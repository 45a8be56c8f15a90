import type { CandidateHomes, HomeChange, HomePeriod, PendingTransfer } from '@titrepro/domain-regions';
import type { PoolClient } from 'pg';
import { CANDIDATE_HOMES_TABLE, PENDING_TRANSFERS_TABLE } from '../event-store/kit-migrations';

/**
 * What one consumer learnt of one candidate's home regions (the region trust's state, see
 * decideRegionTrust), read and written in its inbox transaction.
 */
export class CandidateHomesTable {
  constructor(
    private readonly client: PoolClient,
    private readonly consumer: string,
    private readonly candidateId: string,
  ) {}

  /** Until the transaction ends: two partitions' handlers never interleave on one candidate's homes. */
  async lock(): Promise<void> {
    await this.client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [this.consumer, this.candidateId]);
  }

  async read(): Promise<CandidateHomes> {
    const [periods, pendingTransfer] = [await this.periods(), await this.pendingTransfer()];
    return pendingTransfer ? { periods, pendingTransfer } : { periods };
  }

  /** Records what the decider learnt, in order. */
  async apply(changes: readonly HomeChange[]): Promise<void> {
    for (const change of changes) {
      switch (change.kind) {
        case 'home-moved':
          await this.client.query(
            `INSERT INTO ${CANDIDATE_HOMES_TABLE} (consumer, candidate_id, region, home_from, learnt_from) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (consumer, candidate_id, home_from) DO NOTHING`,
            [this.consumer, this.candidateId, change.region, change.from, change.learntFrom],
          );
          break;
        case 'offer-opened':
          await this.client.query(
            `INSERT INTO ${PENDING_TRANSFERS_TABLE} (consumer, candidate_id, from_region, to_region) VALUES ($1, $2, $3, $4)
             ON CONFLICT (consumer, candidate_id) DO UPDATE SET from_region = EXCLUDED.from_region, to_region = EXCLUDED.to_region, accepted = false`,
            [this.consumer, this.candidateId, change.fromRegion, change.toRegion],
          );
          break;
        case 'offer-accepted':
          await this.client.query(`UPDATE ${PENDING_TRANSFERS_TABLE} SET accepted = true WHERE consumer = $1 AND candidate_id = $2`, [this.consumer, this.candidateId]);
          break;
        case 'offer-closed':
          await this.client.query(`DELETE FROM ${PENDING_TRANSFERS_TABLE} WHERE consumer = $1 AND candidate_id = $2`, [this.consumer, this.candidateId]);
          break;
      }
    }
  }

  /** Oldest first. */
  private async periods(): Promise<HomePeriod[]> {
    const { rows } = await this.client.query<{ region: string; home_from: Date }>(
      `SELECT region, home_from FROM ${CANDIDATE_HOMES_TABLE} WHERE consumer = $1 AND candidate_id = $2 ORDER BY home_from`,
      [this.consumer, this.candidateId],
    );
    return rows.map((row) => ({ region: row.region, from: row.home_from }));
  }

  private async pendingTransfer(): Promise<PendingTransfer | undefined> {
    const { rows } = await this.client.query<{ from_region: string; to_region: string; accepted: boolean }>(
      `SELECT from_region, to_region, accepted FROM ${PENDING_TRANSFERS_TABLE} WHERE consumer = $1 AND candidate_id = $2`,
      [this.consumer, this.candidateId],
    );
    const [row] = rows;
    return row ? { fromRegion: row.from_region, toRegion: row.to_region, accepted: row.accepted } : undefined;
  }
}

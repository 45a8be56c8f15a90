import type { ConsumedEvent } from '@titrepro/messaging';
import type { PoolClient } from 'pg';
import { OTHER_REGION_EVENTS_TABLE } from '../event-store/kit-migrations';

/**
 * Whose candidates a consumer acts for:
 * - `own-region`: only those whose home region (as the consumer learnt it from the registry's
 *   events) is this deployment's. Another region's candidate's events are set aside, not applied and
 *   not dead-lettered; if the candidate is handed over here, they are applied then, in order, before
 *   the handover itself (the new home must know the pathways it takes over).
 * - `every-region`: every candidate, whatever their home: what a service must hold of other regions'
 *   candidates (CCPs and titles for capitalisation, a file offered or handed over to this region,
 *   erasure everywhere), the consumer deciding itself what concerns this region.
 */
export type CandidateScope = 'own-region' | 'every-region';

/** Why an event was set aside: for a log line or a test. */
export interface SetAsideEvent {
  readonly eventId: string;
  readonly eventType: string;
  readonly homeRegion: string;
}

/** An own-region consumer's set-aside events of other regions' candidates, in its inbox transaction. */
export class OtherRegionEvents {
  constructor(
    private readonly client: PoolClient,
    private readonly consumer: string,
  ) {}

  /** Keeps the event (ids and codes only: integration events carry no personal data). A redelivery keeps it once. */
  async setAside(event: ConsumedEvent, homeRegion: string): Promise<void> {
    await this.client.query(
      `INSERT INTO ${OTHER_REGION_EVENTS_TABLE} (consumer, candidate_id, event_id, event_type, home_region, event) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (consumer, event_id) DO NOTHING`,
      [this.consumer, event.payload.candidateId, event.eventId, event.type, homeRegion, JSON.stringify(event)],
    );
  }

  /** The candidate's set-aside events, oldest first, removed: the caller applies them in this transaction. */
  async takeAll(candidateId: string): Promise<ConsumedEvent[]> {
    // DELETE … RETURNING gives no order: sorted here, by the order they were set aside.
    const { rows } = await this.client.query<{ sequence: string; event: ConsumedEvent }>(
      `DELETE FROM ${OTHER_REGION_EVENTS_TABLE} WHERE consumer = $1 AND candidate_id = $2 RETURNING sequence, event`,
      [this.consumer, candidateId],
    );
    return rows.sort((a, b) => Number(a.sequence) - Number(b.sequence)).map((row) => row.event);
  }
}

/** An own-region consumer's events set aside for a candidate, for operators and tests. */
export const setAsideEventsOf = async (db: { query: PoolClient['query'] }, consumer: string, candidateId: string): Promise<SetAsideEvent[]> => {
  const { rows } = await db.query<{ event_id: string; event_type: string; home_region: string }>(
    `SELECT event_id, event_type, home_region FROM ${OTHER_REGION_EVENTS_TABLE} WHERE consumer = $1 AND candidate_id = $2 ORDER BY sequence`,
    [consumer, candidateId],
  );
  return rows.map((row) => ({ eventId: row.event_id, eventType: row.event_type, homeRegion: row.home_region }));
};

import type { Pool, PoolClient } from 'pg';
import type { IntegrationEventHandler } from '../consumer/consumed-event';

/** The effect of the test handler: one row per application, in the order applied. */
export const createEffectsTable = async (pool: Pool): Promise<void> => {
  await pool.query(`CREATE TABLE IF NOT EXISTS test_effects (
    id bigserial PRIMARY KEY,
    candidate_id text NOT NULL,
    sequence integer NOT NULL,
    event_id text NOT NULL,
    correlation_id text NOT NULL,
    causation_id text,
    traceparent text,
    next_causation_id text,
    next_traceparent text
  )`);
};

export const recordEffect: IntegrationEventHandler<PoolClient> = async (event, { tx, causation }) => {
  await tx.query(
    `INSERT INTO test_effects (candidate_id, sequence, event_id, correlation_id, causation_id, traceparent, next_causation_id, next_traceparent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [event.payload.candidateId, event.payload['sequence'], event.eventId, event.correlationId, event.causationId, event.traceparent, causation.causationId, causation.traceparent],
  );
};

export interface EffectsReport {
  readonly total: number;
  /** Candidates whose effects are not exactly 0…n-1 in the order applied. */
  readonly wrongCandidates: ReadonlyArray<{ readonly candidateId: string; readonly sequences: number[] }>;
}

/** Each candidate must show every sequence number once, applied in order. */
export const checkEffects = async (pool: Pool, candidates: readonly string[], eventsPerCandidate: number): Promise<EffectsReport> => {
  const rows = (
    await pool.query<{ candidate_id: string; sequences: number[] }>(
      'SELECT candidate_id, array_agg(sequence ORDER BY id) AS sequences FROM test_effects WHERE candidate_id = ANY($1) GROUP BY candidate_id',
      [candidates],
    )
  ).rows;
  const byCandidate = new Map(rows.map((row) => [row.candidate_id, row.sequences]));
  const expected = Array.from({ length: eventsPerCandidate }, (_, index) => index).join(',');
  const wrongCandidates = candidates
    .map((candidateId) => ({ candidateId, sequences: byCandidate.get(candidateId) ?? [] }))
    .filter(({ sequences }) => sequences.join(',') !== expected);
  const total = rows.reduce((sum, row) => sum + row.sequences.length, 0);
  return { total, wrongCandidates };
};

/** Effects recorded for candidates whose id starts with `prefix`. */
export const countEffects = async (pool: Pool, prefix = ''): Promise<number> =>
  Number(
    (await pool.query<{ count: string }>('SELECT count(*) AS count FROM test_effects WHERE candidate_id LIKE $1', [`${prefix}%`])).rows[0]?.count ?? 0,
  );

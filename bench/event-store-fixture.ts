import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '@titrepro/event-store';

/** The event every contender writes: a realistic size (≈ 400 bytes of JSON with its metadata). */
export const benchMetadata = (): EventMetadata => ({
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actor: { subject: 'assessor-0042', role: 'assessor' },
  region: 'IDF',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  occurredAt: new Date().toISOString(),
});

export const benchEvent = (points: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'PointsAdded',
  schemaVersion: 1,
  data: { candidateId: 'cand-7f3a9c', points, ccp: 'CCP-TSGERI-2', note: 'Évaluation en situation professionnelle' },
  metadata: benchMetadata(),
});

/** The state every contender folds when loading a stream. */
export interface Tally {
  readonly count: number;
  readonly total: number;
}

export const tallyStart = (): Tally => ({ count: 0, total: 0 });

export const tallyEvolve = (state: Tally, event: { readonly data: unknown }): Tally => ({
  count: state.count + 1,
  total: state.total + Number((event.data as { points?: unknown }).points ?? 0),
});

/**
 * SQL expressions producing the same row content in bulk, for the readAll fill. The metadata has an
 * `occurredAt`, as every event appended since it exists (the store refuses one without): without it,
 * readAll takes the path of older events (occurredAt filled from recorded_at, a copy per event).
 */
export const FILL_DATA_SQL = `jsonb_build_object('candidateId', 'cand-' || (g / 100), 'points', g % 7, 'ccp', 'CCP-TSGERI-2', 'note', 'Évaluation en situation professionnelle')`;
export const FILL_METADATA_SQL = `jsonb_build_object('correlationId', gen_random_uuid(), 'causationId', gen_random_uuid(),
  'actor', jsonb_build_object('subject', 'assessor-0042', 'role', 'assessor'), 'region', 'IDF',
  'traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

import { GENESIS_HASH } from '../integrity/event-hash';
import type { AppendOptions, AppendResult } from '../port/event-store';
import type { NewEvent } from '../port/events';
import { IdempotencyConflictError, WrongExpectedRevisionError, type ExpectedRevision } from '../port/expected-revision';
import { chainHashes, prepareEvents, type PreparedEvent } from '../stored/chain-events';
import { revealEvents } from '../stored/reveal-events';
import { sameContent } from '../stored/same-content';
import { sealEvents } from '../stored/seal-events';
import { EVENT_COLUMNS, type EventRow } from './event-row';
import type { PgContext } from './pg-context';
import { toStoredEvent } from './pg-rows';
import { isQueryable, type Queryable } from './queryable';

interface AppendRow {
  readonly status: 'ok' | 'duplicate' | 'wrong_expected_revision' | 'stale_head';
  readonly revision: string;
  readonly head_hash: string | null;
  readonly positions: string[] | null;
}

const UNIQUE_VIOLATION = '23505';

/** Concurrent writers with `any` may move the head under us; each lost race costs one round trip. */
const MAX_CHAIN_ATTEMPTS = 50;

const expectedCode = (expected: ExpectedRevision): number => {
  if (expected === 'any') return -1;
  if (expected === 'no_stream') return -2;
  if (expected === 'stream_exists') return -3;
  if (!Number.isSafeInteger(expected) || expected < 0) throw new TypeError(`Invalid expected revision ${String(expected)}`);
  return expected;
};

/**
 * Appends in one statement (append-statements.ts); when that does not apply, `append_to_stream`
 * (migrations/0002) locks the head and answers why, and the client re-chains or raises.
 */
export const appendToStream = async (
  ctx: PgContext,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> => {
  const expected = options.expectedRevision ?? 'any';
  if (events.length === 0) throw new TypeError('appendToStream needs at least one event');
  if (options.transaction !== undefined && !isQueryable(options.transaction)) {
    throw new TypeError('transaction must be a pg Client or PoolClient inside BEGIN');
  }
  const inCallerTransaction = options.transaction !== undefined;
  const executor: Queryable = inCallerTransaction ? (options.transaction as Queryable) : ctx.pool;
  const sealed = sealEvents(events, ctx.keyStore);
  const prepared = prepareEvents(Array.isArray(sealed) ? sealed : await sealed);
  let head = ctx.heads.get(streamId) ?? { revision: -1, hash: GENESIS_HASH };
  for (let attempt = 0; attempt < MAX_CHAIN_ATTEMPTS; attempt += 1) {
    const hashes = chainHashes(streamId, prepared, head.revision, head.hash);
    // Outside a caller's transaction a failed statement costs nothing: try the one-statement path.
    const positions = inCallerTransaction ? null : await tryFastPath(ctx, executor, streamId, expectedCode(expected), head, prepared, hashes);
    if (positions) {
      const nextExpectedRevision = head.revision + prepared.length;
      ctx.heads.set(streamId, { revision: nextExpectedRevision, hash: hashes[hashes.length - 1] ?? '' });
      ctx.notifier.committed();
      return { nextExpectedRevision, positions };
    }
    const row = await callAppend(ctx, executor, streamId, expectedCode(expected), head, prepared, hashes, inCallerTransaction);
    switch (row.status) {
      case 'ok': {
        const result = { nextExpectedRevision: Number(row.revision), positions: (row.positions ?? []).map(Number) };
        ctx.heads.set(streamId, { revision: result.nextExpectedRevision, hash: row.head_hash ?? '' });
        // In the caller's transaction, pg_notify inside it announces the commit; otherwise we do.
        if (!inCallerTransaction) ctx.notifier.committed();
        return result;
      }
      case 'stale_head':
        head = { revision: Number(row.revision), hash: row.head_hash ?? GENESIS_HASH };
        continue;
      case 'wrong_expected_revision':
        throw new WrongExpectedRevisionError(streamId, expected, Number(row.revision));
      case 'duplicate':
        return confirmIdempotent(ctx, executor, streamId, events, row);
    }
  }
  throw new Error(`Stream ${streamId}: could not chain the append after ${MAX_CHAIN_ATTEMPTS} attempts (heavy contention with expectedRevision 'any')`);
};

const callAppend = async (
  ctx: PgContext,
  executor: Queryable,
  streamId: string,
  expected: number,
  head: { revision: number; hash: string },
  prepared: readonly PreparedEvent[],
  hashes: readonly string[],
  inCallerTransaction: boolean,
): Promise<AppendRow> => {
  const { rows } = await executor.query<AppendRow>({
    name: `es_append_${ctx.names.schema}`,
    text: `SELECT status, revision, head_hash, positions FROM ${ctx.names.q}append_to_stream($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    values: [
      streamId,
      expected,
      head.revision,
      head.hash,
      prepared.map((p) => p.event.eventId),
      prepared.map((p) => p.event.type),
      prepared.map((p) => p.event.schemaVersion),
      prepared.map((p) => p.canonical.data),
      prepared.map((p) => p.canonical.metadata),
      prepared.map(personalOf),
      hashes,
      inCallerTransaction ? ctx.names.channel : null,
    ],
  });
  const [row] = rows;
  if (!row) throw new Error('append_to_stream returned no row');
  return row;
};

/** The one-statement append (see append-statements.ts); null when it did not apply. */
const tryFastPath = async (
  ctx: PgContext,
  executor: Queryable,
  streamId: string,
  expected: number,
  head: { revision: number; hash: string },
  prepared: readonly PreparedEvent[],
  hashes: readonly string[],
): Promise<number[] | null> => {
  const single = prepared.length === 1;
  const [first] = prepared;
  const shape = single ? 'one' : 'many';
  const values =
    single && first
      ? [first.event.eventId, first.event.type, first.event.schemaVersion, first.canonical.data, first.canonical.metadata, personalOf(first), hashes[0]]
      : [
          prepared.map((p) => p.event.eventId),
          prepared.map((p) => p.event.type),
          prepared.map((p) => p.event.schemaVersion),
          // The canonical JSON that was hashed is what is stored (jsonb then keeps its own key order).
          prepared.map((p) => p.canonical.data),
          prepared.map((p) => p.canonical.metadata),
          prepared.map(personalOf),
          hashes,
        ];
  try {
    const { rows } = await executor.query<{ global_position: string }>({
      name: `es_append_${shape}_${ctx.names.schema}`,
      text: ctx.statements[shape],
      values: [streamId, expected, head.revision, head.hash, ...values],
    });
    return rows.length === prepared.length ? rows.map((row) => Number(row.global_position)) : null;
  } catch (error) {
    // Another writer took the revision, or an id is already in the stream: the slow path says which.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
    throw error;
  }
};

const personalOf = (p: PreparedEvent): string | null => (p.event.personal ? JSON.stringify(p.event.personal) : null);

/** Some ids are already in the stream: success if it is the very same batch, else a typed error. */
const confirmIdempotent = async (
  ctx: PgContext,
  executor: Queryable,
  streamId: string,
  events: readonly NewEvent[],
  row: AppendRow,
): Promise<AppendResult> => {
  const { rows } = await executor.query<EventRow>({
    text: `SELECT ${EVENT_COLUMNS} FROM ${ctx.names.q}events WHERE stream_id = $1 AND event_id = ANY ($2::uuid[]) ORDER BY revision`,
    values: [streamId, events.map((e) => e.eventId)],
  });
  const stored = await revealEvents(rows.map(toStoredEvent), ctx.keyStore);
  const byId = new Map(stored.map((event) => [event.eventId, event]));
  for (const event of events) {
    const match = byId.get(event.eventId.toLowerCase());
    if (!match || !sameContent(event, match, match.data)) throw new IdempotencyConflictError(streamId, event.eventId);
  }
  return { nextExpectedRevision: Number(row.revision), positions: stored.map((event) => event.globalPosition) };
};

import { GENESIS_HASH } from '../integrity/event-hash';
import type { AppendOptions, AppendResult } from '../port/event-store';
import type { NewEvent } from '../port/events';
import { IdempotencyConflictError, WrongExpectedRevisionError, type ExpectedRevision } from '../port/expected-revision';
import { chainEvents } from '../stored/chain-events';
import { revealEvents } from '../stored/reveal-events';
import { sameContent } from '../stored/same-content';
import { sealEvents } from '../stored/seal-events';
import type { SealedEvent } from '../stored/stored-event';
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

/** Concurrent writers with `any` may move the head under us; each lost race costs one round trip. */
const MAX_CHAIN_ATTEMPTS = 50;

const expectedCode = (expected: ExpectedRevision): number => {
  if (expected === 'any') return -1;
  if (expected === 'no_stream') return -2;
  if (expected === 'stream_exists') return -3;
  if (!Number.isSafeInteger(expected) || expected < 0) throw new TypeError(`Invalid expected revision ${String(expected)}`);
  return expected;
};

/** Appends in one statement; see migrations/0002 for the checks the database makes. */
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
  const sealed = await sealEvents(events, ctx.keyStore);
  let head = ctx.heads.get(streamId) ?? { revision: -1, hash: GENESIS_HASH };
  for (let attempt = 0; attempt < MAX_CHAIN_ATTEMPTS; attempt += 1) {
    const row = await callAppend(ctx, executor, streamId, expectedCode(expected), head, sealed, inCallerTransaction);
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
  sealed: readonly SealedEvent[],
  inCallerTransaction: boolean,
): Promise<AppendRow> => {
  const chained = chainEvents(streamId, sealed, head.revision, head.hash);
  const { rows } = await executor.query<AppendRow>({
    name: `es_append_${ctx.names.schema}`,
    text: `SELECT status, revision, head_hash, positions FROM ${ctx.names.q}append_to_stream($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    values: [
      streamId,
      expected,
      head.revision,
      head.hash,
      chained.map((e) => e.eventId),
      chained.map((e) => e.type),
      chained.map((e) => e.schemaVersion),
      chained.map((e) => JSON.stringify(e.data)),
      chained.map((e) => JSON.stringify(e.metadata)),
      chained.map((e) => (e.personal ? JSON.stringify(e.personal) : null)),
      chained.map((e) => e.hash),
      inCallerTransaction ? ctx.names.channel : null,
    ],
  });
  const [row] = rows;
  if (!row) throw new Error('append_to_stream returned no row');
  return row;
};

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
  const stored = await revealEvents(rows.map(toStoredEvent), ctx.keyStore, undefined);
  const byId = new Map(stored.map((event) => [event.eventId, event]));
  for (const event of events) {
    const match = byId.get(event.eventId.toLowerCase());
    if (!match || !sameContent(event, match, match.data)) throw new IdempotencyConflictError(streamId, event.eventId);
  }
  return { nextExpectedRevision: Number(row.revision), positions: stored.map((event) => event.globalPosition) };
};

import type { ReadAllOptions, ReadStreamOptions } from '../port/event-store';
import type { RecordedEvent } from '../port/events';
import { revealEvents } from '../stored/reveal-events';
import { EVENT_COLUMNS, type EventRow } from './event-row';
import type { PgContext } from './pg-context';
import { toStoredEvent } from './pg-rows';
import { isQueryable, type Queryable } from './queryable';

const CATEGORY = /^[^-]+$/;

const checkCategory = (category: string | undefined): void => {
  if (category !== undefined && !CATEGORY.test(category)) throw new TypeError(`Invalid category "${category}" (no "-", not empty)`);
};

/** Through the caller's transaction when given (it then sees its own uncommitted appends). */
export const readStream = async (ctx: PgContext, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> => {
  if (options.transaction !== undefined && !isQueryable(options.transaction)) {
    throw new TypeError('transaction must be a pg Client or PoolClient inside BEGIN');
  }
  const inCallerTransaction = options.transaction !== undefined;
  const executor: Queryable = inCallerTransaction ? (options.transaction as Queryable) : ctx.pool;
  const backwards = options.direction === 'backwards';
  const { q, schema } = ctx.names;
  const { rows } = await executor.query<EventRow>({
    name: `es_read_stream_${backwards ? 'b' : 'f'}_${schema}`,
    text: backwards
      ? `SELECT ${EVENT_COLUMNS} FROM ${q}events
          WHERE stream_id = $1 AND revision <= coalesce($2, 9007199254740991)
            AND revision >= coalesce((SELECT truncate_before FROM ${q}streams WHERE stream_id = $1), 0)
          ORDER BY revision DESC LIMIT $3`
      : `SELECT ${EVENT_COLUMNS} FROM ${q}events
          WHERE stream_id = $1
            AND revision >= greatest(coalesce($2, 0), coalesce((SELECT truncate_before FROM ${q}streams WHERE stream_id = $1), 0))
          ORDER BY revision LIMIT $3`,
    values: [streamId, options.fromRevision ?? null, options.maxCount ?? null],
    types: ctx.rowTypes,
  });
  const last = backwards ? rows[0] : rows[rows.length - 1];
  // A head read in the caller's transaction may roll back: only committed heads are offered as hints.
  if (last && !inCallerTransaction) ctx.heads.offer(streamId, { revision: Number(last.revision), hash: last.hash });
  return revealEvents(rows.map(toStoredEvent), ctx.keyStore);
};

/**
 * Reads the global log up to the stable position only (see migrations/0003): what readAll returns
 * never changes afterwards, so a reader may checkpoint the last position it got.
 */
export class GlobalLogReader {
  /** Positions up to this one are final forever, so the fence is only re-read past it. */
  private knownStable = 0;

  constructor(private readonly ctx: PgContext) {}

  async stablePosition(): Promise<number> {
    const { rows } = await this.ctx.pool.query<{ stable: string | null }>({
      name: `es_stable_${this.ctx.names.schema}`,
      text: `SELECT ${this.ctx.names.q}stable_position() AS stable`,
    });
    const stable = Number(rows[0]?.stable ?? 0);
    if (stable > this.knownStable) this.knownStable = stable;
    return this.knownStable;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    checkCategory(options.category);
    const after = options.after ?? 0;
    const { maxCount, category } = options;
    // Below the last known stable position nothing can change: read there first, and ask for a
    // fresh fence only if the page is not full yet.
    const known = after < this.knownStable ? this.knownStable : await this.stablePosition();
    const events = await this.page(after, known, maxCount, category);
    if (maxCount !== undefined && events.length >= maxCount) return events;
    const fresh = await this.stablePosition();
    if (fresh <= known) return events;
    const more = await this.page(Math.max(after, known), fresh, maxCount === undefined ? undefined : maxCount - events.length, category);
    return events.length === 0 ? more : [...events, ...more];
  }

  /** Events with after < position ≤ upTo, in position order. */
  async page(after: number, upTo: number, maxCount: number | undefined, category: string | undefined): Promise<RecordedEvent[]> {
    if (upTo <= after) return [];
    const { q, schema } = this.ctx.names;
    const { rows } = await this.ctx.pool.query<EventRow>(
      category === undefined
        ? {
            name: `es_read_all_${schema}`,
            text: `SELECT ${EVENT_COLUMNS} FROM ${q}events WHERE global_position > $1 AND global_position <= $2
                    ORDER BY global_position LIMIT $3`,
            values: [after, upTo, maxCount ?? null],
            types: this.ctx.rowTypes,
          }
        : {
            name: `es_read_category_${schema}`,
            text: `SELECT ${EVENT_COLUMNS} FROM ${q}events WHERE category = $4 AND global_position > $1 AND global_position <= $2
                    ORDER BY global_position LIMIT $3`,
            values: [after, upTo, maxCount ?? null, category],
            types: this.ctx.rowTypes,
          },
    );
    return revealEvents(rows.map(toStoredEvent), this.ctx.keyStore);
  }
}

import type { SqlRows } from './sql-rows';

/**
 * A processor's parked events: those it could not handle and those held behind them in their
 * stream, keyed by the owner (relay or projection name) and global position. The relay's table and
 * the projections' share these columns; each adds its own (held_behind and retried_at, attempts).
 */
export interface ParkedTableName {
  readonly table: string;
  /** The column naming the owner: `relay`, `projection`. */
  readonly owner: string;
}

/** An event to park, as any processor decides it. */
export interface EventToParkRow {
  readonly globalPosition: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly reason: string;
  readonly error: string;
  /** For a table with a held_behind column: the position of the stream's first parked event. */
  readonly heldBehind?: number | undefined;
}

export interface ParkedTable {
  /**
   * The INSERT of `events` for the owner given as parameter $`ownerParam`, its array parameters
   * from $`firstParam`: to run on its own (`park`) or inside the statement moving a checkpoint.
   */
  readonly insert: (ownerParam: number, firstParam: number, events: readonly EventToParkRow[]) => { readonly text: string; readonly values: unknown[] };
  readonly park: (sql: SqlRows, owner: string, events: readonly EventToParkRow[]) => Promise<void>;
  /** The rows, in global order: of one stream, at most `limit`. */
  readonly list: <Row extends object>(sql: SqlRows, owner: string, options?: { readonly streamId?: string; readonly limit?: number }) => Promise<Row[]>;
  readonly count: (sql: SqlRows, owner: string) => Promise<number>;
  /** The global positions of every parked row, in order (what a fold or a check of the log leaves out). */
  readonly positions: (sql: SqlRows, owner: string) => Promise<number[]>;
  /** Each stream with parked events (of `streamIds` when given), and the position of its first. */
  readonly firstParkedByStream: (sql: SqlRows, owner: string, streamIds?: readonly string[]) => Promise<Map<string, number>>;
  readonly firstParked: (sql: SqlRows, owner: string, streamId: string) => Promise<number | undefined>;
  /**
   * Streams whose first parked event is held behind one no longer parked: an operator's retry
   * released the head while the processor was holding the next event behind it.
   */
  readonly orphanedStreams: (sql: SqlRows, owner: string) => Promise<string[]>;
  /** Locks a stream's rows for a retry (FOR UPDATE); their positions, in order. */
  readonly lockStream: (sql: SqlRows, owner: string, streamId: string) => Promise<number[]>;
  readonly release: (sql: SqlRows, owner: string, positions: readonly number[]) => Promise<void>;
  readonly clear: (sql: SqlRows, owner: string) => Promise<void>;
  /** Hands every parked row of `from` to `to` (a rebuild's shadow to the projection it replaces); how many. */
  readonly moveOwner: (sql: SqlRows, from: string, to: string) => Promise<number>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/** The parked-events statements of one table, written once for every processor. */
export interface ParkedTableColumns {
  /** Whether the table has a held_behind column (the position an event is held behind). */
  readonly heldBehind: boolean;
  /** The type of its event_id column (`uuid` or `text`). */
  readonly eventId: 'uuid' | 'text';
}

export const parkedTable = ({ table, owner }: ParkedTableName, columns: ParkedTableColumns): ParkedTable => {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(owner)) throw new Error(`invalid parked table ${table} (${owner})`);
  const insert: ParkedTable['insert'] = (ownerParam, firstParam, events) => {
    const arrays: Array<[string, string, unknown[]]> = [
      ['global_position', 'bigint', events.map((event) => event.globalPosition)],
      ['stream_id', 'text', events.map((event) => event.streamId)],
      ['event_id', columns.eventId, events.map((event) => event.eventId)],
      ['event_type', 'text', events.map((event) => event.eventType)],
      ['reason', 'text', events.map((event) => event.reason)],
      ...(columns.heldBehind ? [['held_behind', 'bigint', events.map((event) => event.heldBehind ?? null)] as [string, string, unknown[]]] : []),
      ['error', 'text', events.map((event) => event.error)],
    ];
    const names = arrays.map(([name]) => name).join(', ');
    const unnest = arrays.map(([, type], index) => `$${firstParam + index}::${type}[]`).join(', ');
    return {
      text: `INSERT INTO ${table} (${owner}, ${names})
             SELECT $${ownerParam}, * FROM unnest(${unnest})
             ON CONFLICT (${owner}, global_position) DO NOTHING`,
      values: arrays.map(([, , values]) => values),
    };
  };
  return {
    insert,
    park: async (sql, ownerName, events) => {
      if (events.length === 0) return;
      const statement = insert(1, 2, events);
      await sql(statement.text, [ownerName, ...statement.values]);
    },
    list: (sql, ownerName, options = {}) =>
      sql(
        `SELECT * FROM ${table} WHERE ${owner} = $1 AND ($2::text IS NULL OR stream_id = $2) ORDER BY global_position LIMIT $3`,
        [ownerName, options.streamId ?? null, options.limit ?? null],
      ),
    count: async (sql, ownerName) => {
      const rows = await sql<{ count: string }>(`SELECT count(*) AS count FROM ${table} WHERE ${owner} = $1`, [ownerName]);
      return Number(rows[0]?.count ?? 0);
    },
    positions: async (sql, ownerName) =>
      (await sql<{ global_position: string }>(`SELECT global_position FROM ${table} WHERE ${owner} = $1 ORDER BY global_position`, [ownerName])).map((row) =>
        Number(row.global_position),
      ),
    firstParkedByStream: async (sql, ownerName, streamIds) => {
      const rows = await sql<{ stream_id: string; first: string }>(
        `SELECT stream_id, min(global_position) AS first FROM ${table}
          WHERE ${owner} = $1 AND ($2::text[] IS NULL OR stream_id = ANY ($2::text[])) GROUP BY stream_id`,
        [ownerName, streamIds ? [...streamIds] : null],
      );
      return new Map(rows.map((row) => [row.stream_id, Number(row.first)]));
    },
    firstParked: async (sql, ownerName, streamId) => {
      const rows = await sql<{ first: string | null }>(`SELECT min(global_position) AS first FROM ${table} WHERE ${owner} = $1 AND stream_id = $2`, [
        ownerName,
        streamId,
      ]);
      const first = rows[0]?.first;
      return first === null || first === undefined ? undefined : Number(first);
    },
    orphanedStreams: async (sql, ownerName) => {
      const rows = await sql<{ stream_id: string }>(
        `SELECT stream_id FROM (
           SELECT DISTINCT ON (stream_id) stream_id, reason FROM ${table} WHERE ${owner} = $1 ORDER BY stream_id, global_position
         ) AS firsts WHERE reason = 'held-behind'`,
        [ownerName],
      );
      return rows.map((row) => row.stream_id);
    },
    lockStream: async (sql, ownerName, streamId) => {
      const rows = await sql<{ global_position: string }>(
        `SELECT global_position FROM ${table} WHERE ${owner} = $1 AND stream_id = $2 ORDER BY global_position FOR UPDATE`,
        [ownerName, streamId],
      );
      return rows.map((row) => Number(row.global_position));
    },
    release: async (sql, ownerName, positions) => {
      await sql(`DELETE FROM ${table} WHERE ${owner} = $1 AND global_position = ANY ($2::bigint[])`, [ownerName, [...positions]]);
    },
    clear: async (sql, ownerName) => {
      await sql(`DELETE FROM ${table} WHERE ${owner} = $1`, [ownerName]);
    },
    moveOwner: async (sql, from, to) => {
      const rows = await sql<{ moved: number }>(
        `WITH moved AS (UPDATE ${table} SET ${owner} = $2 WHERE ${owner} = $1 RETURNING 1) SELECT count(*)::int AS moved FROM moved`,
        [from, to],
      );
      return rows[0]?.moved ?? 0;
    },
  };
};

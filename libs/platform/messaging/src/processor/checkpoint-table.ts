import type { EventToParkRow, ParkedTable } from './parked-table';
import type { SqlRows } from './sql-rows';

/** A processor's checkpoints: one row per owner (relay or projection name) with the last position it handled. */
export interface CheckpointTableName {
  readonly table: string;
  /** The column naming the owner: `relay`, `projection`. */
  readonly owner: string;
  /** The position before any event. */
  readonly start: number;
}

export interface CheckpointTable {
  readonly start: number;
  /** The checkpoint, created at the start of the log the first time. */
  readonly load: (sql: SqlRows, owner: string) => Promise<number>;
  /** The stored checkpoint, as it is now. */
  readonly read: (sql: SqlRows, owner: string) => Promise<number>;
  /**
   * Moves the checkpoint forward only (a late write of an older session can never move it back),
   * and parks `parked` in the same statement: a crash can lose neither without the other, so a
   * parked event is never skipped. A replayed position is not parked twice.
   */
  readonly moveForward: (sql: SqlRows, owner: string, position: number, parked?: { readonly table: ParkedTable; readonly events: readonly EventToParkRow[] }) => Promise<void>;
  /** Moves it from `from` to `to` if it is still at `from` (compare and set); false when it is not. */
  readonly advanceFrom: (sql: SqlRows, owner: string, from: number, to: number) => Promise<boolean>;
  /** Locks the row for the transaction; the position. */
  readonly lock: (sql: SqlRows, owner: string) => Promise<number>;
  /** Sets it, whatever it was (a rebuild switching its new tables in); created if absent. */
  readonly set: (sql: SqlRows, owner: string, position: number) => Promise<void>;
  /** Back to the start of the log. */
  readonly reset: (sql: SqlRows, owner: string) => Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/** The checkpoint statements of one table, written once for every processor. */
export const checkpointTable = ({ table, owner, start }: CheckpointTableName): CheckpointTable => {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(owner)) throw new Error(`invalid checkpoint table ${table} (${owner})`);
  const read = async (sql: SqlRows, ownerName: string): Promise<number> => {
    const rows = await sql<{ position: string }>(`SELECT position FROM ${table} WHERE ${owner} = $1`, [ownerName]);
    return Number(rows[0]?.position ?? start);
  };
  const set = async (sql: SqlRows, ownerName: string, position: number): Promise<void> => {
    await sql(
      `INSERT INTO ${table} (${owner}, position) VALUES ($1, $2)
       ON CONFLICT (${owner}) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
      [ownerName, position],
    );
  };
  const forward = `UPDATE ${table} SET position = $2, updated_at = now() WHERE ${owner} = $1 AND position < $2`;
  return {
    start,
    read,
    load: async (sql, ownerName) => {
      await sql(`INSERT INTO ${table} (${owner}, position) VALUES ($1, $2) ON CONFLICT (${owner}) DO NOTHING`, [ownerName, start]);
      return read(sql, ownerName);
    },
    moveForward: async (sql, ownerName, position, parked) => {
      if (!parked || parked.events.length === 0) {
        await sql(forward, [ownerName, position]);
        return;
      }
      // A data-modifying WITH runs to completion whether or not the main statement reads it.
      const insert = parked.table.insert(1, 3, parked.events);
      await sql(`WITH parked AS (${insert.text}) ${forward}`, [ownerName, position, ...insert.values]);
    },
    advanceFrom: async (sql, ownerName, from, to) => {
      const rows = await sql<{ moved: number }>(
        `WITH moved AS (UPDATE ${table} SET position = $3, updated_at = now() WHERE ${owner} = $1 AND position = $2 RETURNING 1)
         SELECT count(*)::int AS moved FROM moved`,
        [ownerName, from, to],
      );
      return rows[0]?.moved === 1;
    },
    lock: async (sql, ownerName) => {
      const rows = await sql<{ position: string }>(`SELECT position FROM ${table} WHERE ${owner} = $1 FOR UPDATE`, [ownerName]);
      return Number(rows[0]?.position ?? start);
    },
    set,
    reset: (sql, ownerName) => set(sql, ownerName, start),
  };
};

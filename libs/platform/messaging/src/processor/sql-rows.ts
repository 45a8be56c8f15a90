import type { SqlClient } from '../sql/sql-client';

/**
 * Runs one statement and returns its rows: what the log processor's tables need of a connection,
 * whether `pg`'s (the relay's lock connection, a pool) or TypeORM's (a projection's transaction).
 * Statements through it are SELECTs or INSERTs, or UPDATEs wrapped in a WITH whose rows are counted,
 * so that both drivers return the rows (TypeORM answers a bare UPDATE with [rows, count]).
 */
export type SqlRows = <Row extends object = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>;

/** A `pg` Pool, PoolClient or Client as SqlRows. */
export const pgRows =
  (db: SqlClient): SqlRows =>
  async <Row extends object>(text: string, values?: unknown[]) =>
    (await db.query(text, values)).rows as Row[];

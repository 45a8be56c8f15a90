import { withPgTransaction } from '@titrepro/event-store';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** Runs SQL inside the unit of work's current transaction; returns the rows. */
export type SqlExecutor = <Row extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  params?: readonly unknown[],
) => Promise<Row[]>;

/**
 * How a consumer opens the transaction its handler's effect and the inbox record share. `Tx` is what
 * the handler receives: a `pg` client, or a TypeORM `EntityManager`.
 */
export interface UnitOfWork<Tx> {
  transaction<T>(work: (tx: Tx, sql: SqlExecutor) => Promise<T>): Promise<T>;
}

/** Transactions on a `pg` pool; the handler gets the `PoolClient` (inside BEGIN), e.g. for `appendToStream(…, { transaction })`. */
export const pgUnitOfWork = (pool: Pool): UnitOfWork<PoolClient> => ({
  transaction: (work) =>
    withPgTransaction(pool, (client) => {
      const sql: SqlExecutor = async (text, params) => (await client.query(text, params as unknown[])).rows;
      return work(client, sql);
    }),
});

/** Transactions of a TypeORM data source; the handler gets the transaction's `EntityManager`. */
export const typeormUnitOfWork = (dataSource: DataSource): UnitOfWork<EntityManager> => ({
  transaction: (work) =>
    dataSource.transaction((manager) => work(manager, (text, params) => manager.query(text, params as unknown[]))),
});

/**
 * The `pg` client under a TypeORM transaction's `EntityManager` (PostgreSQL driver), for APIs that
 * take one, such as the event store's `appendToStream(…, { transaction })`.
 */
export const pgClientOf = (manager: EntityManager): PoolClient => {
  const connection = (manager.queryRunner as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!connection) throw new Error('This EntityManager is not inside a PostgreSQL transaction');
  return connection;
};

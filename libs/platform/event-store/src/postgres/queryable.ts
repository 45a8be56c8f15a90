import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';

/** What the store needs to run SQL: a `pg` Pool, a PoolClient or a Client (possibly inside BEGIN). */
export interface Queryable {
  query<Row extends QueryResultRow = QueryResultRow>(config: QueryConfig): Promise<QueryResult<Row>>;
}

export const isQueryable = (value: unknown): value is Queryable =>
  value !== null && typeof value === 'object' && typeof (value as { query?: unknown }).query === 'function';

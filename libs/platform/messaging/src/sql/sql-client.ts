import type { QueryResult, QueryResultRow } from 'pg';

/** Runs one statement: a `pg` Pool, PoolClient or Client (the relay's lock connection) all fit. */
export interface SqlClient {
  query<Row extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
}

import { queryDatabase } from './start-service';

/**
 * Every row of every table of a database, as text: what a backup of it would hold, for tests
 * that check that no personal data is left in clear (or that it is there before erasure).
 */
export const dumpDatabase = async (url: string): Promise<string> => {
  const tables = await queryDatabase<{ schema: string; name: string }>(
    url,
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const dumps: string[] = [];
  for (const table of tables) {
    const rows = await queryDatabase<{ row: string }>(url, `SELECT row_to_json(t)::text AS row FROM "${table.schema}"."${table.name}" t`);
    dumps.push(`${table.schema}.${table.name}: ${rows.map((row) => row.row).join('\n')}`);
  }
  return dumps.join('\n');
};

import { Client } from 'pg';
import { postgresAdminUrl } from './infrastructure-settings';
import { uniqueName } from './unique-name';

export interface TestDatabase {
  readonly name: string;
  /** Connection string of the new database. */
  readonly url: string;
  readonly drop: () => Promise<void>;
}

const withAdminClient = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** Creates a fresh database for one test file; `drop()` removes it (call it in afterAll). */
export const createTestDatabase = async (prefix = 'test'): Promise<TestDatabase> => {
  const name = uniqueName(`tp_${prefix}`);
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
};

import { Client, type ClientConfig } from 'pg';

export interface LockClientOptions {
  readonly database: string | ClientConfig;
  readonly applicationName: string;
  readonly keepAliveIntervalMs: number;
}

/**
 * A connection that holds session-level advisory locks. Kept alive by TCP, and its queries time out,
 * so that a holder notices a connection that stopped answering (PostgreSQL has released its locks).
 */
export const newLockClient = (options: LockClientOptions): Client => {
  const base = typeof options.database === 'string' ? { connectionString: options.database } : options.database;
  return new Client({
    ...base,
    application_name: options.applicationName,
    keepAlive: true,
    keepAliveInitialDelayMillis: 1_000,
    query_timeout: Math.max(5_000, options.keepAliveIntervalMs * 3),
    connectionTimeoutMillis: 5_000,
  });
};

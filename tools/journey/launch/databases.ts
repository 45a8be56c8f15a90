import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { JOURNEY_REGIONS, databaseName, journeyDatabases, type JourneyRegion, type RegionService } from './layout';

/** The server's maintenance database (DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432). */
export const serverUrl = (database = 'postgres'): URL => {
  const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url;
};

/** The audit's read-only role (infra/postgres/create-databases.mjs). */
export const AUDIT_ROLE = process.env['AUDIT_DB_ROLE'] ?? 'titrepro_audit';

/** A service's database, as its owner (the services migrate as the server's user). */
export const serviceDatabaseUrl = (prefix: string, region: JourneyRegion, service: RegionService | 'keys'): string => serverUrl(databaseName(prefix, region, service)).toString();

/** The same database as the audit's read-only role sees it. */
export const auditDatabaseUrl = (prefix: string, region: JourneyRegion, service: RegionService): string => {
  const url = serverUrl(databaseName(prefix, region, service));
  url.username = AUDIT_ROLE;
  url.password = process.env['AUDIT_DB_PASSWORD'] ?? '';
  return url.toString();
};

/** Drops every database of the launch (connections still open to them are ended: WITH (FORCE)). */
export const dropJourneyDatabases = async (prefix: string): Promise<void> => {
  const client = new Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    for (const name of journeyDatabases(prefix)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
};

/**
 * The databases of both regions and the audit's read access to them, by infra/postgres's script
 * (idempotent): fresh ones are dropped first.
 */
export const prepareJourneyDatabases = async (workspaceRoot: string, prefix: string, fresh: boolean): Promise<void> => {
  if (fresh) await dropJourneyDatabases(prefix);
  execFileSync(process.execPath, [join(workspaceRoot, 'infra', 'postgres', 'create-databases.mjs'), ...JOURNEY_REGIONS], {
    cwd: workspaceRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: serverUrl().toString(), DATABASE_PREFIX: prefix },
  });
};

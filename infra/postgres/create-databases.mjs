#!/usr/bin/env node
// Creates, idempotently, the database of each service in each region, titrepro_<region>_<service>,
// and the region's key database, titrepro_<region>_keys (DATABASE_PREFIX replaces `titrepro`, so that
// the demo, the end-to-end test and the load bench each have their own): the subject keys that seal personal data
// live apart from the ciphertext (each service in its own schema there), so that a backup of an
// event store holds only ciphertext. Back the key databases up separately, with a shorter retention.
// Each regional office runs its own deployment with its own databases (docs/ARCHITECTURE.md).
//
// The audit (apps/audit) reads every service's event store through one read-only role,
// `titrepro_audit` (AUDIT_DB_ROLE): LOGIN (password AUDIT_DB_PASSWORD when set), CONNECT on the
// service databases (never the key databases), USAGE on their `event_store` schema and SELECT on its
// tables, present and future (default privileges of the role that runs this script, which should be
// the one the services migrate as), and every session read-only by default. It cannot write.
//
//   node infra/postgres/create-databases.mjs [region ...]
//
// Regions from the arguments, else REGIONS (comma-separated, default "idf,ara"). Server from
// DATABASE_URL, else PGHOST/PGPORT/PGUSER/PGPASSWORD, default postgres://postgres@127.0.0.1:5432.
import pg from 'pg';

/** Services with a database of their own, as they appear in database names. */
const services = ['candidate_registry', 'evaluation', 'jury', 'document_issuance'];
const prefix = process.env.DATABASE_PREFIX ?? 'titrepro';
if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) {
  process.stderr.write(`postgres: DATABASE_PREFIX is lower-case letters, digits and _, starting with a letter; got ${JSON.stringify(prefix)}\n`);
  process.exit(2);
}
/** The databases of one region: one per service, and one for all their subject keys. */
const databasesOf = (region) => [...services, 'keys'].map((name) => `${prefix}_${region}_${name}`);

const regions = (process.argv.length > 2 ? process.argv.slice(2) : (process.env.REGIONS ?? 'idf,ara').split(','))
  .map((region) => region.trim())
  .filter((region) => region.length > 0);

const invalid = regions.filter((region) => !/^[a-z][a-z0-9]*$/.test(region));
if (regions.length === 0 || invalid.length > 0) {
  process.stderr.write(
    `postgres: region codes are lower-case letters and digits (e.g. idf,ara); got ${JSON.stringify(invalid.length ? invalid : regions)}\n`,
  );
  process.exit(2);
}

/** The server's maintenance database: the databases to create do not exist yet. */
const adminConfig = () => {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { connectionString: url.toString() };
  }
  return {
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD,
    database: 'postgres',
  };
};

const describe = (config) =>
  config.connectionString
    ? config.connectionString.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
    : `postgres://${config.user}@${config.host}:${config.port}/${config.database}`;

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET']);

const explainConnectionFailure = (error, where) => {
  const unreachable = unreachableCodes.has(error.code) || /timeout/i.test(error.message);
  process.stderr.write(
    unreachable
      ? `postgres: no PostgreSQL server answers at ${where} (${error.code ?? error.message}).\n` +
          'Get one, then rerun:\n' +
          '  - install and start PostgreSQL (Debian/Ubuntu: apt-get install postgresql && pg_ctlcluster 15 main start;\n' +
          '    macOS: brew install postgresql@15 && brew services start postgresql@15), or\n' +
          '  - with Docker: docker compose up -d postgres, or\n' +
          '  - point to a server you have: DATABASE_URL=postgres://user:password@host:5432/postgres\n'
      : `postgres: cannot connect to ${where}: ${error.message}\n` +
          'Check the user and password (DATABASE_URL or PGUSER/PGPASSWORD); the user needs CREATEDB.\n',
  );
};

// 42P04 duplicate_database; 23505 when two runs race on the same name.
const alreadyExists = (error) => error.code === '42P04' || error.code === '23505';

const AUDIT_ROLE = process.env.AUDIT_DB_ROLE ?? 'titrepro_audit';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(AUDIT_ROLE)) {
  process.stderr.write(`postgres: AUDIT_DB_ROLE must be a lower-case identifier; got ${JSON.stringify(AUDIT_ROLE)}\n`);
  process.exit(2);
}
const EVENT_STORE_SCHEMA = 'event_store';

/** The audit's role, once per server: it logs in, reads, never writes. */
const ensureAuditRole = async (client) => {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [AUDIT_ROLE]);
  if (!rowCount) {
    try {
      await client.query(`CREATE ROLE "${AUDIT_ROLE}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
      process.stdout.write(`created  role ${AUDIT_ROLE}\n`);
    } catch (error) {
      if (!alreadyExists(error) && error.code !== '42710') throw error;
    }
  }
  await client.query(`ALTER ROLE "${AUDIT_ROLE}" SET default_transaction_read_only = on`);
  if (process.env.AUDIT_DB_PASSWORD) await client.query(`ALTER ROLE "${AUDIT_ROLE}" PASSWORD ${client.escapeLiteral(process.env.AUDIT_DB_PASSWORD)}`);
};

/** In one service database: the audit may connect and SELECT the event store's tables, now and later. */
const grantAuditRead = async (name) => {
  const url = config.connectionString ? Object.assign(new URL(config.connectionString), { pathname: `/${name}` }).toString() : undefined;
  const db = new pg.Client(url ? { connectionString: url } : { ...config, database: name });
  await db.connect();
  try {
    await db.query(`GRANT CONNECT ON DATABASE "${name}" TO "${AUDIT_ROLE}"`);
    // The services create the schema on their first start; creating it first changes nothing for them.
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${EVENT_STORE_SCHEMA}`);
    await db.query(`GRANT USAGE ON SCHEMA ${EVENT_STORE_SCHEMA} TO "${AUDIT_ROLE}"`);
    await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${EVENT_STORE_SCHEMA} TO "${AUDIT_ROLE}"`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${EVENT_STORE_SCHEMA} GRANT SELECT ON TABLES TO "${AUDIT_ROLE}"`);
  } finally {
    await db.end();
  }
};

const config = adminConfig();
const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
} catch (error) {
  explainConnectionFailure(error, describe(config));
  process.exit(1);
}

try {
  await ensureAuditRole(client);
  for (const region of regions) {
    for (const name of databasesOf(region)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) {
        process.stdout.write(`exists   ${name}\n`);
        if (!name.endsWith('_keys')) await grantAuditRead(name);
        continue;
      }
      try {
        // Names are built from validated region codes and fixed suffixes, so quoting suffices.
        await client.query(`CREATE DATABASE "${name}"`);
        process.stdout.write(`created  ${name}\n`);
      } catch (error) {
        if (!alreadyExists(error)) throw error;
        process.stdout.write(`exists   ${name}\n`);
      }
      if (!name.endsWith('_keys')) await grantAuditRead(name);
    }
  }
} catch (error) {
  process.stderr.write(`postgres: creating the databases failed: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await client.end();
}

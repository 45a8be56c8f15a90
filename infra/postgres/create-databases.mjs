#!/usr/bin/env node
// Creates, idempotently, the database of each service in each region, titrepro_<region>_<service>,
// and the region's key database, titrepro_<region>_keys: the subject keys that seal personal data
// live apart from the ciphertext (each service in its own schema there), so that a backup of an
// event store holds only ciphertext. Back the key databases up separately, with a shorter retention.
// Each regional office runs its own deployment with its own databases (docs/ARCHITECTURE.md).
//
//   node infra/postgres/create-databases.mjs [region ...]
//
// Regions from the arguments, else REGIONS (comma-separated, default "idf,ara"). Server from
// DATABASE_URL, else PGHOST/PGPORT/PGUSER/PGPASSWORD, default postgres://postgres@127.0.0.1:5432.
import pg from 'pg';

/** Services with a database of their own, as they appear in database names. */
const services = ['candidate_registry', 'evaluation', 'jury', 'document_issuance'];
/** The databases of one region: one per service, and one for all their subject keys. */
const databasesOf = (region) => [...services, 'keys'].map((name) => `titrepro_${region}_${name}`);

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

const config = adminConfig();
const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
} catch (error) {
  explainConnectionFailure(error, describe(config));
  process.exit(1);
}

try {
  for (const region of regions) {
    for (const name of databasesOf(region)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) {
        process.stdout.write(`exists   ${name}\n`);
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
    }
  }
} catch (error) {
  process.stderr.write(`postgres: creating the databases failed: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await client.end();
}

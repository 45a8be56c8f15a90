import { z } from 'zod';

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });

/**
 * Where the service keeps its subject keys: a database apart from DATABASE_URL (one per region,
 * `titrepro_<region>_keys`, shared by the region's services, one schema each). A backup of the
 * event store then holds only ciphertext; the key database is backed up apart, with a shorter
 * retention, so that an erasure reaches the backups once they expire.
 */
export const keyStoreVariables = {
  KEY_STORE_URL: postgresUrl,
  /** Schema of the service's key tables in that database; default: the service's name, `-` → `_`. */
  KEY_STORE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,40}$/, 'must be a PostgreSQL schema name: [a-z_][a-z0-9_]*')
    .optional(),
};

const LOOPBACK = new Set(['', 'localhost', '127.0.0.1', '::1', '[::1]']);

/** Server and database a postgres:// URL names, with libpq's defaults filled in (port 5432, database = user). */
const databaseNamedBy = (url: string): string | undefined => {
  // A malformed URL is reported by its own variable's check.
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const host = (parsed.searchParams.get('host') ?? parsed.hostname).toLowerCase();
  const port = parsed.searchParams.get('port') ?? (parsed.port || '5432');
  const name = decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username);
  return `${LOOPBACK.has(host) ? 'localhost' : host}:${port}/${name}`;
};

/** Whether two URLs name the same database (spelling apart: host aliases of this machine, default port). */
export const namesSameDatabase = (a: string, b: string): boolean => {
  const named = databaseNamedBy(a);
  return named !== undefined && named === databaseNamedBy(b);
};

/** The refinement the kit's schema adds: keys beside the ciphertext would defeat their purpose. */
export const refineKeyStoreDatabase = (config: { DATABASE_URL: string; KEY_STORE_URL: string }, context: z.RefinementCtx): void => {
  if (!namesSameDatabase(config.DATABASE_URL, config.KEY_STORE_URL)) return;
  context.addIssue({
    code: 'custom',
    path: ['KEY_STORE_URL'],
    message: "names the same database as DATABASE_URL: subject keys must live in a database of their own (e.g. titrepro_<region>_keys), so that the event store's backups hold only ciphertext",
  });
};

/** The schema of the service's key tables: KEY_STORE_SCHEMA, else its name with `-` → `_`. */
export const keyStoreSchemaFor = (config: { KEY_STORE_SCHEMA?: string | undefined }, serviceName: string): string =>
  config.KEY_STORE_SCHEMA ?? serviceName.replace(/-/g, '_');

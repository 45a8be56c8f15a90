import { ConfigError, loadConfig } from '@titrepro/platform-nest';
import { keyStoreSchemaFor } from './key-store-config';
import { kitConfigSchema } from './kit-config';

const environment = (overrides: Record<string, string | undefined> = {}) => ({
  REGION: 'idf',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/titrepro_idf_candidate_registry',
  KEY_STORE_URL: 'postgres://postgres@127.0.0.1:5432/titrepro_idf_keys',
  KAFKA_BROKERS: '127.0.0.1:9092',
  ...overrides,
});

const problemsOf = (variables: Record<string, string | undefined>): readonly string[] => {
  try {
    loadConfig(kitConfigSchema, variables);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('kitConfigSchema: subject keys in a database of their own', () => {
  it('accepts a key database apart from the event store’s, and leaves the schema to the service’s name', () => {
    const config = loadConfig(kitConfigSchema, environment());
    expect(config.KEY_STORE_URL).toBe('postgres://postgres@127.0.0.1:5432/titrepro_idf_keys');
    expect(keyStoreSchemaFor(config, 'candidate-registry')).toBe('candidate_registry');
    expect(keyStoreSchemaFor(loadConfig(kitConfigSchema, environment({ KEY_STORE_SCHEMA: 'registry_keys' })), 'candidate-registry')).toBe('registry_keys');
  });

  it('refuses to start without KEY_STORE_URL', () => {
    expect(problemsOf(environment({ KEY_STORE_URL: undefined }))).toEqual(['KEY_STORE_URL is missing']);
  });

  it.each([
    ['the same URL', 'postgres://postgres@127.0.0.1:5432/titrepro_idf_candidate_registry'],
    ['another name of this machine and the default port', 'postgresql://keys:secret@localhost/titrepro_idf_candidate_registry?sslmode=disable'],
  ])('refuses KEY_STORE_URL naming DATABASE_URL’s database (%s), with a ConfigError naming KEY_STORE_URL', (_, url) => {
    const problems = problemsOf(environment({ KEY_STORE_URL: url }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^KEY_STORE_URL names the same database as DATABASE_URL/);
  });

  it('accepts the same database name on another server', () => {
    expect(problemsOf(environment({ KEY_STORE_URL: 'postgres://postgres@keys.internal:5432/titrepro_idf_candidate_registry' }))).toEqual([]);
  });

  it('refuses a malformed KEY_STORE_URL or KEY_STORE_SCHEMA', () => {
    expect(problemsOf(environment({ KEY_STORE_URL: 'mysql://keys/titrepro_idf_keys' }))).toEqual(['KEY_STORE_URL must be a postgres:// URL']);
    expect(problemsOf(environment({ KEY_STORE_SCHEMA: 'Candidate-Registry' }))).toEqual([
      'KEY_STORE_SCHEMA must be a PostgreSQL schema name: [a-z_][a-z0-9_]*',
    ]);
  });
});

/** Where the tests find their infrastructure; the same variables the services read. */
export const postgresAdminUrl = (): string =>
  process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const kafkaBrokers = (): string[] => (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');

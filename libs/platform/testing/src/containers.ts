import { existsSync } from 'node:fs';

const dockerSocket = '/var/run/docker.sock';

/**
 * Starts PostgreSQL and Kafka in containers and points the tests at them through the environment,
 * which Jest's workers inherit. Returns false when no Docker engine is reachable.
 */
export const startContainers = async (): Promise<boolean> => {
  if (!process.env['DOCKER_HOST'] && !existsSync(dockerSocket)) return false;
  // Loaded lazily: testcontainers is only needed, and only resolvable, where Docker exists.
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { KafkaContainer } = await import('@testcontainers/kafka');
  try {
    const [postgres, kafka] = await Promise.all([
      new PostgreSqlContainer('postgres:16-alpine').withUsername('postgres').withPassword('postgres').start(),
      new KafkaContainer('apache/kafka:4.1.1').withKraft().start(),
    ]);
    process.env['TEST_DATABASE_URL'] = postgres.getConnectionUri().replace(/\/[^/]*$/, '/postgres');
    process.env['KAFKA_BROKERS'] = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
    return true;
  } catch (error) {
    process.stderr.write(`testcontainers could not start (${String(error)}); using local services.\n`);
    return false;
  }
};

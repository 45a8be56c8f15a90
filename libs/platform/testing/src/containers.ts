import { existsSync } from 'node:fs';
import { freePort } from './free-port';

const dockerSocket = '/var/run/docker.sock';

/** The broker the local script runs (infra/kafka/start), as a single KRaft node in a container. */
const KAFKA_IMAGE = 'apache/kafka:4.1.1';

/**
 * Kafka tells clients the address it advertises, which must be the one the host reaches: the port
 * is chosen here and bound on the host as is, instead of the mapped port known only after the start.
 * The settings mirror infra/kafka/start's (one node, every internal topic one replica).
 */
const startKafka = async (): Promise<string> => {
  const { GenericContainer, Wait } = await import('testcontainers');
  const port = await freePort();
  const host = process.env['TESTCONTAINERS_HOST_OVERRIDE'] ?? 'localhost';
  await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: 9092, host: port })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${port}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  return `${host}:${port}`;
};

const startPostgres = async (): Promise<string> => {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const postgres = await new PostgreSqlContainer('postgres:16-alpine').withUsername('postgres').withPassword('postgres').start();
  return postgres.getConnectionUri().replace(/\/[^/]*$/, '/postgres');
};

/**
 * Starts PostgreSQL and Kafka in containers and points the tests at them through the environment,
 * which Jest's workers inherit. Returns false when no Docker engine is reachable or a container
 * does not start (the local services are used then); the reaper removes what did start.
 */
export const startContainers = async (): Promise<boolean> => {
  if (!process.env['DOCKER_HOST'] && !existsSync(dockerSocket)) return false;
  const [postgres, kafka] = await Promise.allSettled([startPostgres(), startKafka()]);
  if (postgres.status === 'rejected' || kafka.status === 'rejected') {
    const reason = postgres.status === 'rejected' ? postgres.reason : kafka.status === 'rejected' ? kafka.reason : undefined;
    process.stderr.write(`testcontainers could not start (${String(reason)}); using local services.\n`);
    return false;
  }
  process.env['TEST_DATABASE_URL'] = postgres.value;
  process.env['KAFKA_BROKERS'] = kafka.value;
  return true;
};

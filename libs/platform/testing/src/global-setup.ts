import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { kafkaBrokers, postgresAdminUrl } from './infrastructure-settings';
import { startContainers } from './containers';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

const portAnswers = (hostPort: string, timeoutMs = 1_000): Promise<boolean> =>
  new Promise((resolve) => {
    const [host, port] = hostPort.split(':');
    const socket = createConnection({ host, port: Number(port), timeout: timeoutMs });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });

const assertPostgresAnswers = async (): Promise<void> => {
  const client = new Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${postgresAdminUrl()} (${String(error)}). ` +
        'Start a server (e.g. `pg_ctlcluster 15 main start`) or set DATABASE_URL / TEST_DATABASE_URL.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
};

/**
 * Runs the workspace's own broker script unless KAFKA_BROKERS points elsewhere. The script returns at
 * once when our broker is up, and waits (under its lock) for a start still under way, which a mere
 * port probe would miss.
 */
const ensureKafka = async (): Promise<void> => {
  if (process.env['KAFKA_BROKERS']) {
    const [firstBroker] = kafkaBrokers();
    if (firstBroker && (await portAnswers(firstBroker))) return;
    throw new Error(`Kafka does not answer at ${firstBroker} (KAFKA_BROKERS). Unset it to use infra/kafka/start.`);
  }
  execFileSync(join(workspaceRoot, 'infra', 'kafka', 'start'), { stdio: 'inherit' });
};

/**
 * Jest global setup: real PostgreSQL and Kafka for the integration tests. With TESTCONTAINERS=1 and a
 * Docker engine, containers are started instead; otherwise the local services are used.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TESTCONTAINERS'] === '1' && (await startContainers())) return;
  await assertPostgresAnswers();
  await ensureKafka();
}

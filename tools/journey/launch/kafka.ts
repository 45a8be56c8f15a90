import { createIntegrationTopics, createKafka } from '@titrepro/messaging';
import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';

/** Whether something accepts TCP connections at `host:port` now. */
export const answers = (hostAndPort: string): Promise<boolean> =>
  new Promise((resolve) => {
    const [host = '127.0.0.1', port = '9092'] = hostAndPort.split(':');
    const socket = createConnection({ host, port: Number(port), timeout: 2_000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

export interface JourneyKafka {
  readonly brokers: string;
  /** True when this launch started the local broker (infra/kafka/start): only then may it stop it. */
  readonly startedHere: boolean;
}

/**
 * KAFKA_BROKERS when set (used as it is), else the local broker of infra/kafka, started when it is
 * not running (the script returns at once when it is).
 */
export const ensureKafka = async (workspaceRoot: string): Promise<JourneyKafka> => {
  const configured = process.env['KAFKA_BROKERS'];
  if (configured) return { brokers: configured, startedHere: false };
  const brokers = '127.0.0.1:9092';
  const runningBefore = await answers(brokers);
  if (!runningBefore) execFileSync(join(workspaceRoot, 'infra', 'kafka', 'start'), { cwd: workspaceRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  return { brokers, startedHere: !runningBefore };
};

/** Stops the local broker (infra/kafka/stop). */
export const stopKafka = (workspaceRoot: string): void => {
  execFileSync(join(workspaceRoot, 'infra', 'kafka', 'stop'), { cwd: workspaceRoot, stdio: ['ignore', 'inherit', 'inherit'] });
};

/**
 * Every integration topic and its dead-letter twin under `prefix`, created before a service
 * subscribes (their producers and consumers never auto-create topics).
 */
export const createJourneyTopics = async (brokers: string, prefix: string): Promise<void> => {
  const admin = createKafka({ brokers: brokers.split(','), clientId: 'titrepro-journey' }).admin();
  await admin.connect();
  try {
    await createIntegrationTopics(admin, prefix);
  } finally {
    await admin.disconnect();
  }
};

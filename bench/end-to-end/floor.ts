/**
 * The floor, measured in the same run at the same rates as the load: what the infrastructure alone
 * costs for one message and one row, so the services' latencies can be read as a ratio to it on a
 * machine whose load drifts.
 * - Kafka: a raw kafkajs producer (acks = all, as the relay) sends one message per arrival; a raw
 *   consumer on the same fresh topic receives it.
 * - PostgreSQL: a raw pg pool inserts one row per arrival, then selects it back.
 */
import { createKafka } from '@titrepro/messaging';
import { createTestDatabase, uniqueName } from '@titrepro/testing';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { measureStep, type StepOptions, type StepResult } from './measured-step';

export interface Floor {
  readonly kafkaRoundTrip: (step: StepOptions) => Promise<StepResult>;
  readonly pgInsertSelect: (step: StepOptions) => Promise<StepResult>;
  readonly close: () => Promise<void>;
}

const ACKS_ALL = -1;

const kafkaFloor = async (brokers: readonly string[]) => {
  const kafka: Kafka = createKafka({ brokers, clientId: 'load-floor' });
  const topic = uniqueName('load_floor');
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3 }] });
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer: Consumer = kafka.consumer({ groupId: uniqueName('load_floor'), maxWaitTimeInMs: 50 });
  const waiting = new Map<string, (at: number) => void>();
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? '';
      waiting.get(key)?.(performance.now());
      waiting.delete(key);
    },
  });
  // The consumer has joined and fetches once a first message comes back.
  const ready = new Promise<number>((resolve) => waiting.set('ready', resolve));
  await producer.send({ topic, acks: ACKS_ALL, messages: [{ key: 'ready', value: 'ready' }] });
  await ready;
  let step = 0;
  return {
    roundTrip: async (options: StepOptions): Promise<StepResult> => {
      step += 1;
      return measureStep(options, async ({ index }) => {
        const key = `${step}-${index}`;
        const received = new Promise<number>((resolve) => waiting.set(key, resolve));
        await producer.send({ topic, acks: ACKS_ALL, messages: [{ key, value: JSON.stringify({ index, sentAt: Date.now() }) }] });
        return received;
      });
    },
    close: async () => {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    },
  };
};

const pgFloor = async () => {
  const database = await createTestDatabase('load_floor');
  // As many connections as one service's pool in the load (DATABASE_POOL_SIZE of the regions).
  const pool = new Pool({ connectionString: database.url, max: 8 });
  await pool.query('CREATE TABLE floor_rows (id text PRIMARY KEY, payload jsonb NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())');
  let step = 0;
  return {
    insertSelect: async (options: StepOptions): Promise<StepResult> => {
      step += 1;
      return measureStep(options, async ({ index }) => {
        const id = `${step}-${index}`;
        await pool.query('INSERT INTO floor_rows (id, payload) VALUES ($1, $2)', [id, JSON.stringify({ index, type: 'FloorRowStored' })]);
        const { rowCount } = await pool.query('SELECT payload FROM floor_rows WHERE id = $1', [id]);
        if (rowCount !== 1) throw new Error(`row ${id} not found after its insert`);
        return performance.now();
      });
    },
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
};

export const openFloor = async (brokers: readonly string[]): Promise<Floor> => {
  const kafka = await kafkaFloor(brokers);
  const pg = await pgFloor();
  return {
    kafkaRoundTrip: kafka.roundTrip,
    pgInsertSelect: pg.insertSelect,
    close: async () => {
      await kafka.close();
      await pg.close();
    },
  };
};

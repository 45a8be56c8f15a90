import { Admin, Consumer, Kafka, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import { kafkaBrokers } from './infrastructure-settings';
import { uniqueName } from './unique-name';

/** Checks that the broker the tests use (infra/kafka or a container) carries keys, values and headers intact. */
describe('Kafka broker of the test infrastructure', () => {
  const kafka = new Kafka({ clientId: uniqueName('roundtrip'), brokers: kafkaBrokers(), logLevel: logLevel.WARN });
  const topic = uniqueName('tp_roundtrip');
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
    producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    consumer = kafka.consumer({ groupId: uniqueName('tp_roundtrip_group') });
    await consumer.connect();
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await admin?.deleteTopics({ topics: [topic] });
    await admin?.disconnect();
  });

  it('delivers a produced message to a new consumer group with its key, value and headers', async () => {
    const value = JSON.stringify({ candidateId: 'cand-42', type: 'CandidateRegistered' });
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: 'cand-42', value, headers: { 'event-id': 'evt-1', 'schema-version': '1' } }],
    });

    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received = new Promise<KafkaMessage>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message) });
    });
    const message = await received;

    expect(message.key?.toString()).toBe('cand-42');
    expect(message.value?.toString()).toBe(value);
    expect(message.headers?.['event-id']?.toString()).toBe('evt-1');
    expect(message.headers?.['schema-version']?.toString()).toBe('1');
  });
});

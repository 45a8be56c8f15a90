#!/usr/bin/env node
// Waits until the broker's coordinators answer, so that the first consumer or producer of a test
// does not meet "The coordinator is loading" (kafkajs retries, but logs each attempt as an error).
// On a fresh broker __consumer_offsets and __transaction_state are created by their first use and
// then loaded: describing one group per __consumer_offsets partition, and initialising an
// idempotent and a transactional producer, creates them and retries until they are loaded.
//
//   node infra/kafka/await-coordinators.mjs      (brokers from KAFKA_BROKERS, 127.0.0.1:9092)
import { Kafka, logLevel, Partitioners } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** java.lang.String#hashCode, which Kafka uses to map a group id to a __consumer_offsets partition. */
const javaHashCode = (text) => {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1) hash = (Math.imul(31, hash) + text.charCodeAt(index)) | 0;
  return hash;
};
const partitionOf = (groupId, partitions) => {
  const hash = javaHashCode(groupId);
  return (hash === -2147483648 ? 0 : Math.abs(hash)) % partitions;
};

/** One probe group id per partition of __consumer_offsets. */
const probeGroups = (partitions) => {
  const byPartition = new Map();
  for (let index = 0; byPartition.size < partitions; index += 1) {
    const groupId = `titrepro-readiness-probe-${index}`;
    const partition = partitionOf(groupId, partitions);
    if (!byPartition.has(partition)) byPartition.set(partition, groupId);
  }
  return [...byPartition.values()];
};

const kafka = new Kafka({
  clientId: 'titrepro-await-coordinators',
  brokers,
  logLevel: logLevel.NOTHING,
  retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 2_000 },
});

const awaitGroupCoordinator = async () => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.describeGroups(['titrepro-readiness-probe']);
    const metadata = await admin.fetchTopicMetadata({ topics: ['__consumer_offsets'] });
    const partitions = metadata.topics[0]?.partitions.length ?? 1;
    await admin.describeGroups(probeGroups(partitions));
    return partitions;
  } finally {
    await admin.disconnect();
  }
};

/** Connecting runs InitProducerId, which retries while the producer-id and transaction state load. */
const awaitProducerIds = async (options) => {
  const producer = kafka.producer({ ...options, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  await producer.disconnect();
};

try {
  const partitions = await awaitGroupCoordinator();
  await awaitProducerIds({ idempotent: true });
  await awaitProducerIds({ idempotent: true, transactionalId: 'titrepro-readiness-probe', maxInFlightRequests: 1 });
  process.stderr.write(
    `kafka: coordinators ready (${partitions} partitions of __consumer_offsets loaded; producer ids and transactions answer)\n`,
  );
} catch (error) {
  process.stderr.write(`kafka: the coordinators on ${brokers.join(',')} are not ready: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
}

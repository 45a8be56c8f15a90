#!/usr/bin/env node
// Creates the workspace's Kafka topics up front (idempotent), so the first producer does not race
// auto-creation and every topic has its partitions and leaders before a consumer subscribes.
//
//   node infra/kafka/create-topics.mjs [topic ...]
//
// Without arguments: every integration-event topic and its `.dlq` twin. Brokers from KAFKA_BROKERS
// (127.0.0.1:9092); partitions from KAFKA_TOPIC_PARTITIONS (3).
import { Kafka, logLevel } from 'kafkajs';

// Mirrors the topic map of libs/contracts; kept here so the script runs without compiling TypeScript.
const integrationTopics = [
  'titrepro.registry.events',
  'titrepro.evaluation.events',
  'titrepro.jury.events',
  'titrepro.issuance.events',
];
const defaultTopics = integrationTopics.flatMap((topic) => [topic, `${topic}.dlq`]);

const topics = process.argv.length > 2 ? process.argv.slice(2) : defaultTopics;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const numPartitions = Number(process.env.KAFKA_TOPIC_PARTITIONS ?? 3);

const admin = new Kafka({ clientId: 'titrepro-create-topics', brokers, logLevel: logLevel.ERROR }).admin();
try {
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic));
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    });
  }
  process.stderr.write(
    `kafka: topics ready (${missing.length} created, ${topics.length - missing.length} existed): ${topics.join(', ')}\n`,
  );
} catch (error) {
  process.stderr.write(`kafka: creating topics on ${brokers.join(',')} failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
} finally {
  await admin.disconnect();
}

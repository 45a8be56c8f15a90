import { startDownstreamSubscriber } from './subscriber';

/**
 * `npm run subscriber`: prints every certification event published on the demo's Kafka as it flows.
 * KAFKA_BROKERS (127.0.0.1:9092), KAFKA_TOPIC_PREFIX (''), SUBSCRIBER_GROUP (a new group each run, so
 * it reads the topics from their start). Ctrl-C stops it.
 */
const main = async () => {
  const groupId = process.env['SUBSCRIBER_GROUP'] ?? `partner-sample-${process.pid}-${Date.now()}`;
  const subscriber = await startDownstreamSubscriber({
    brokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    groupId,
    topicPrefix: process.env['KAFKA_TOPIC_PREFIX'] ?? '',
    print: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  process.stderr.write(`listening as consumer group ${groupId}; Ctrl-C stops\n`);
  const stop = () => {
    void subscriber.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});



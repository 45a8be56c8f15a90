import { uniqueName } from '@titrepro/testing';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';

/** Everything published on a topic, in the order it arrived (per partition, hence per key). */
export class TopicReader {
  readonly messages: KafkaMessage[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: Kafka, topic: string): Promise<TopicReader> {
    const consumer = kafka.consumer({ groupId: uniqueName('topic_reader'), maxWaitTimeInMs: 200 });
    const reader = new TopicReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void reader.messages.push(message) });
    return reader;
  }

  /** The `sequence` field of the messages of one key, in order. */
  sequencesOf(key: string): number[] {
    return this.messages
      .filter((message) => message.key?.toString() === key)
      .map((message) => (JSON.parse(String(message.value)) as { sequence: number }).sequence);
  }

  keys(): string[] {
    return this.messages.map((message) => String(message.key));
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}

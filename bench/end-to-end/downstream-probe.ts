/**
 * The downstream consumer of the load, as a partner system would run one (cohort's downstream
 * subscriber is its sample): a kafkajs consumer on the four published topics. It notes when the
 * first event of each command arrived, by the command's correlation id (the Kafka header).
 */
import { BOUNDED_CONTEXTS, EVENT_HEADERS, topicFor } from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { uniqueName } from '@titrepro/testing';
import type { Consumer } from 'kafkajs';

export class DownstreamProbe {
  /** performance.now() of the first event received per correlation id. */
  readonly firstEventAt = new Map<string, number>();
  received = 0;

  private constructor(private readonly consumer: Consumer) {}

  static async start(brokers: string, topicPrefix: string, correlationPrefix: string): Promise<DownstreamProbe> {
    const kafka = createKafka({ brokers: brokers.split(','), clientId: 'load-downstream' });
    const consumer = kafka.consumer({ groupId: uniqueName('load_downstream'), maxWaitTimeInMs: 50 });
    const probe = new DownstreamProbe(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: BOUNDED_CONTEXTS.map((context) => `${topicPrefix}${topicFor(context)}`), fromBeginning: true });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = performance.now();
        probe.received += 1;
        const correlationId = message.headers?.[EVENT_HEADERS.correlationId]?.toString();
        if (correlationId?.startsWith(correlationPrefix) && !probe.firstEventAt.has(correlationId)) probe.firstEventAt.set(correlationId, at);
      },
    });
    await joined;
    return probe;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

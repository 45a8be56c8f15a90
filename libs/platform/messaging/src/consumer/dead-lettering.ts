import type { KafkaMessage } from 'kafkajs';
import { errorText } from '../messaging-logger';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import { ConsumerStoppingError, type ConsumerRuntime } from './consumer-runtime';
import { publishPendingDeadLetters } from './dead-letter-outbox';
import { recordRefusal, type Refusal } from './refusal';
import type { UnitOfWork } from './unit-of-work';

/** Where a message was read, and how to tell the group the consumer is alive while it waits. */
export interface MessagePlace {
  readonly topic: string;
  readonly partition: number;
  readonly heartbeat: () => Promise<void>;
}

/**
 * Records the refused message (in the table first: the outbox of `<topic>.dlq`), then publishes it
 * on the dead-letter topic and marks it so. A redelivery finds it recorded and published, and sends
 * nothing. Each step is retried with backoff until it holds: the message must not be lost, and a
 * failure here (the database away) must not make kafkajs redeliver the batch in a storm.
 */
export const deadLetter = async <Tx>(runtime: ConsumerRuntime<Tx>, message: KafkaMessage, place: MessagePlace, refusal: Refusal): Promise<void> => {
  const { topic, partition, heartbeat } = place;
  const unitOfWork = runtime.options.unitOfWork as UnitOfWork<unknown>;
  await untilDone(runtime, 'recording a dead letter', heartbeat, () =>
    unitOfWork.transaction((_tx, sql) => recordRefusal(sql, runtime.name, message, { topic, partition }, refusal)),
  );
  runtime.count('dead-lettered');
  await untilDone(runtime, 'publishing a dead letter', heartbeat, async () => {
    const producer = runtime.producer();
    if (!producer) throw new ConsumerStoppingError('no producer');
    await publishPendingDeadLetters({
      unitOfWork,
      consumer: runtime.name,
      producer,
      only: { topic, partition, offset: message.offset },
      original: message,
      onPublished: (published) => runtime.countPublished(published.topic, published.reason),
    });
  });
};

/** Retries `work` with backoff until it succeeds, or the consumer stops (then the message is redelivered). */
const untilDone = async <Tx>(runtime: ConsumerRuntime<Tx>, what: string, heartbeat: () => Promise<void>, work: () => Promise<void>): Promise<void> => {
  const stopping = () => new ConsumerStoppingError(`stopping while ${what}; the message will be redelivered`);
  for (let failures = 1; ; failures += 1) {
    try {
      return await work();
    } catch (error) {
      if (runtime.stopping() || error instanceof ConsumerStoppingError) throw stopping();
      runtime.logger.error(`${what} failed; retrying`, { group: runtime.options.groupId, failures, error: errorText(error) });
      await runtime.pause(backoffDelay(failures, runtime.options.backoff ?? DEFAULT_BACKOFF));
      if (runtime.stopping()) throw stopping();
      await heartbeat();
    }
  }
};

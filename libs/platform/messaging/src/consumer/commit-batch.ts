import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import { applyChunk } from './apply-messages';
import type { ConsumerRuntime } from './consumer-runtime';
import { decodeChunk } from './decode-chunk';
import { retryOrDeadLetter } from './retry-or-dead-letter';

/** Within a long batch, resolved offsets are committed at least this often. */
const COMMIT_EVERY_MS = 5_000;

/**
 * A batch of one partition, in order: chunks of decodable messages applied together, any other
 * message alone; each offset resolved once its message is applied or dead-lettered, and committed
 * as the batch goes and at its end. Stops early when the consumer stops or the group rebalances
 * (what was not resolved is redelivered).
 */
export const commitBatch = async <Tx>(runtime: ConsumerRuntime<Tx>, payload: EachBatchPayload): Promise<void> => {
  const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
  const { topic, partition } = batch;
  // The lag metric is Kafka's (high-water mark minus committed offset): ConsumerLagMonitor.
  const done = (message: KafkaMessage) => resolveOffset(message.offset);
  const chunkSize = runtime.options.messagesPerTransaction ?? 50;
  let index = 0;
  let lastCommit = Date.now();
  while (index < batch.messages.length) {
    if (!isRunning() || isStale() || runtime.stopping()) break;
    // The valid messages that follow, applied together in one transaction.
    const chunk = decodeChunk(batch.messages, index, chunkSize, { topic, partition }, runtime.contracts);
    const outcome = chunk.length > 1 ? await applyChunk(runtime, chunk) : { committed: 0, failure: undefined };
    for (const { message } of chunk.slice(0, outcome.committed)) done(message);
    index += outcome.committed;
    if (outcome.committed < Math.max(1, chunk.length)) {
      // An invalid message, a chunk of one, or the message that failed its chunk: alone, with retries.
      const message = batch.messages[index] as KafkaMessage;
      await retryOrDeadLetter(runtime, message, { topic, partition, heartbeat }, outcome.failure);
      done(message);
      index += 1;
    }
    await heartbeat();
    // A long batch commits as it goes: the committed offset is what readiness watches for a stall.
    if (Date.now() - lastCommit >= COMMIT_EVERY_MS) {
      await commitOffsetsIfNecessary();
      lastCommit = Date.now();
    }
  }
  await commitOffsetsIfNecessary();
};

import type { Kafka, Producer, ProducerConfig } from 'kafkajs';

/**
 * Producer settings of the relay (and of the benchmark's raw producer, to compare like with like):
 * idempotent, one request in flight per broker so a retried request cannot overtake the next one,
 * and retries that wait at most `maxRetryTimeMs` between attempts so a restarted broker is found
 * again quickly. Sends must pass `acks: -1`.
 */
export const idempotentProducerConfig = (maxRetryTimeMs = 2_000): ProducerConfig => ({
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: maxRetryTimeMs },
});

export const createIdempotentProducer = (kafka: Kafka, maxRetryTimeMs?: number): Producer =>
  kafka.producer(idempotentProducerConfig(maxRetryTimeMs));

/** Every send of an integration event waits for all in-sync replicas. */
export const ACKS_ALL = -1;

import type { ContractRegistry } from '@titrepro/contracts';
import type { Producer } from 'kafkajs';
import type { MessagingLogger } from '../messaging-logger';
import type { consumerMetrics } from '../metrics/messaging-metrics';
import type { IntegrationEventConsumerOptions } from './consumer-options';

/** What became of a message handled in a transaction (a dead letter is counted apart). */
export type Outcome = 'applied' | 'duplicate' | 'held' | 'deferred';

/** The consumer is stopping: the message in hand is left uncommitted, and will be redelivered. */
export class ConsumerStoppingError extends Error {
  override readonly name = 'ConsumerStoppingError';
}

/**
 * What the steps of a consumer (commit-batch, apply-messages, handle-alone, dead-lettering) share:
 * its options and names, whether it is stopping, a pause that stopping cuts short, its producer for
 * `<topic>.dlq`, and its counters.
 */
export interface ConsumerRuntime<Tx> {
  readonly options: IntegrationEventConsumerOptions<Tx>;
  /** The inbox and dead letters' name (the group id unless named). */
  readonly name: string;
  readonly contracts: ContractRegistry;
  readonly logger: MessagingLogger;
  readonly metrics: ReturnType<typeof consumerMetrics>;
  stopping(): boolean;
  /** Waits `ms`, or less when the consumer is asked to stop. */
  pause(ms: number): Promise<void>;
  producer(): Producer | undefined;
  count(outcome: Outcome | 'dead-lettered'): void;
  countPublished(topic: string, reason: string): void;
}

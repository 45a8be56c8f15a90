import type { ContractRegistry } from '@titrepro/contracts';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { MessagingLogger } from '../messaging-logger';
import type { BackoffOptions } from './backoff';
import type { IntegrationEventHandler } from './consumed-event';
import type { UnitOfWork } from './unit-of-work';

export interface IntegrationEventConsumerOptions<Tx> {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where the handler's effect and the inbox record commit together. */
  readonly unitOfWork: UnitOfWork<Tx>;
  readonly handler: IntegrationEventHandler<Tx>;
  /** Inbox name; defaults to the group id. */
  readonly name?: string;
  /** What messages are validated against (default: every platform contract). */
  readonly contracts?: ContractRegistry;
  /**
   * Handler runs failing for a reason of their own before a message goes to the dead-letter topic
   * (default 5). Failures of the environment (isTransientFailure: the database away, out of
   * connections, a deadlock…) are retried with backoff for as long as they last and never count.
   */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffOptions;
  /** Consecutive messages of a partition applied in one transaction (default 50); 1 = one transaction each. */
  readonly messagesPerTransaction?: number;
  /** Partitions handled in parallel; each partition stays in order (default 3). */
  readonly partitionsConsumedConcurrently?: number;
  /** A new group starts at the beginning of the topics (default true). */
  readonly fromBeginning?: boolean;
  /** Creates the `<topic>.dlq` topics when missing (default true). */
  readonly createDeadLetterTopics?: boolean;
  /** How often the real lag is read from Kafka and pending dead letters are published (default 5000 ms). */
  readonly monitorIntervalMs?: number;
  readonly metrics?: Registry;
  readonly logger?: MessagingLogger;
}

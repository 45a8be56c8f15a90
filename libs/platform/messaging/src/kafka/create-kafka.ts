import { Kafka, logLevel, type KafkaConfig, type LogEntry } from 'kafkajs';
import type { MessagingLogger } from '../messaging-logger';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /**
   * TLS and SASL for a secured cluster; both absent means plaintext. A service takes them from its
   * config: `kafkaClientSecurity(config)` of @titrepro/platform-nest.
   */
  readonly ssl?: KafkaConfig['ssl'];
  readonly sasl?: KafkaConfig['sasl'];
  /** kafkajs' own log lines at WARN and ERROR go here (default: dropped, relay and consumer log what matters). */
  readonly logger?: MessagingLogger;
}

/** A kafkajs client whose connection retries stay short, so that a restarted broker is found again quickly. */
export const createKafka = ({ brokers, clientId, ssl, sasl, logger }: KafkaClientOptions): Kafka =>
  new Kafka({
    clientId,
    brokers: [...brokers],
    ssl,
    sasl,
    connectionTimeout: 3_000,
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 10 },
    logLevel: logger ? logLevel.WARN : logLevel.NOTHING,
    logCreator: () => (entry: LogEntry) => {
      if (!logger) return;
      const { message, ...context } = entry.log;
      const line = `kafkajs ${entry.namespace}: ${message}`;
      if (entry.level <= logLevel.ERROR) logger.error(line, context);
      else logger.warn(line, context);
    },
  });

import { type IntegrationContract } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';
import { createKafka, integrationEvent, toKafkaMessages } from '@titrepro/messaging';
import { kafkaBrokers } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';

/** Publishes integration events as another service's relay would: same contract, headers and source. */
export interface ContractPublisher {
  /** One event of `contract` from `region`'s service of the contract's context; resolves with its event id. */
  readonly publish: <Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region: string) => Promise<string>;
  readonly close: () => Promise<void>;
}

/**
 * For a service's tests: plays the services it consumes (a registry, an evaluation) on the topics
 * under `topicPrefix`, so the service under test learns only from Kafka, as it does in production.
 */
export const startContractPublisher = async (topicPrefix: string): Promise<ContractPublisher> => {
  const producer = createKafka({ brokers: kafkaBrokers(), clientId: 'contract-publisher-of-the-test' }).producer();
  await producer.connect();
  return {
    publish: async (contract, payload, region) => {
      const occurredAt = new Date().toISOString();
      const eventId = randomUUID();
      const recorded = {
        eventId,
        metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: `service-${region}`, role: 'service' }, region, occurredAt },
        recordedAt: new Date(occurredAt),
      } as unknown as RecordedEvent;
      const [built] = toKafkaMessages(recorded, () => integrationEvent(contract, payload as never), { source: `titrepro.${contract.context}/${region}` });
      if (!built) throw new Error('no message built');
      await producer.send({ topic: `${topicPrefix}${contract.topic}`, messages: [built.message] });
      return eventId;
    },
    close: () => producer.disconnect(),
  };
};

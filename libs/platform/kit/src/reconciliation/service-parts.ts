import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { topicFor, type BoundedContext } from '@titrepro/contracts';
import type { PostgresEventStore } from '@titrepro/event-store';
import { createKafka } from '@titrepro/messaging';
import { createServiceApp, kafkaClientSecurity, loadConfig, serviceConfigSchema, type ServiceDefinition } from '@titrepro/platform-nest';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { KitConfig } from '../config/kit-config';
import { CONSUMER_DEFINITIONS, ServiceConsumers, type ConsumerDefinition } from '../consumer/service-consumers';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import type { AnyProjection } from '../projections/projection-definition';
import { PROJECTIONS } from '../projections/projections';
import { RELAY_DEFINITION, type RelayDefinition } from '../relay/service-relay';

/** A consumer as reconciliation sees it: its inbox, its Kafka group and the topics it reads. */
export interface ConsumerParts {
  readonly name: string;
  readonly inbox: string;
  readonly groupId: string;
  readonly topics: readonly string[];
}

/** What one deployment of a service declares and stores, opened without running any of it. */
export interface ServiceParts {
  readonly service: string;
  readonly region: string;
  readonly topicPrefix: string;
  readonly config: KitConfig;
  readonly store: PostgresEventStore;
  readonly dataSource: DataSource;
  readonly kafka: Kafka;
  readonly projections: readonly AnyProjection[];
  readonly relay: (RelayDefinition & { readonly name: string; readonly source: string; readonly topicOf: (contract: { topic: string }) => string }) | undefined;
  readonly consumers: readonly ConsumerParts[];
  readonly close: () => Promise<void>;
}

/** Nest's module container: the one way to ask whether a provider exists without Nest aborting the process. */
interface NestModules {
  readonly container: { getModules(): Map<string, { readonly providers: Map<unknown, unknown> }> };
}

/**
 * The provider, when the app declares it (an app without a relay has no RELAY_DEFINITION). `get` of
 * a missing token would end the process: Nest's apps abort on errors by default.
 */
const optional = <T>(app: INestApplication, token: unknown): T | undefined => {
  const declared = [...(app as unknown as NestModules).container.getModules().values()].some((module) => module.providers.has(token));
  return declared ? app.get<T>(token as string, { strict: false }) : undefined;
};

/**
 * Builds the service's Nest application from its definition and the variables it runs with, and
 * never initialises it: no projection runner, relay, consumer or HTTP listener starts. Its
 * declarations (projections, relay mapping, consumers) and stores are what reconciliation reads.
 */
export const openServiceParts = async <Config extends KitConfig>(definition: ServiceDefinition<Config>, env: Readonly<Record<string, string | undefined>>): Promise<ServiceParts> => {
  const config = loadConfig(definition.configSchema ?? serviceConfigSchema, {
    ...env,
    LOG_LEVEL: 'silent',
    RELAY_ENABLED: 'false',
    CONSUMERS_ENABLED: 'false',
  }) as Config;
  const app = await createServiceApp(definition, config);
  const prefix = config.KAFKA_TOPIC_PREFIX;
  const relayDefinition = optional<RelayDefinition>(app, RELAY_DEFINITION);
  const serviceConsumers = optional<ServiceConsumers>(app, ServiceConsumers);
  const consumerDefinitions = optional<readonly ConsumerDefinition[]>(app, CONSUMER_DEFINITIONS) ?? [];
  const consumers = consumerDefinitions.map((consumer) => {
    const inbox = serviceConsumers?.inboxOf(consumer.name) ?? `${definition.name}.${config.REGION}.${consumer.name}`;
    const contexts = [...new Set<BoundedContext>(['registry', ...consumer.contexts])];
    return { name: consumer.name, inbox, groupId: `${prefix}${inbox}`, topics: contexts.map((context) => `${prefix}${topicFor(context)}`) };
  });
  return {
    service: definition.name,
    region: config.REGION,
    topicPrefix: prefix,
    config,
    store: app.get<PostgresEventStore>(EVENT_STORE as unknown as string, { strict: false }),
    dataSource: app.get<DataSource>(getDataSourceToken() as string, { strict: false }),
    kafka: createKafka({ brokers: config.KAFKA_BROKERS, clientId: `reconciliation-${definition.name}-${config.REGION}`, ...kafkaClientSecurity(config) }),
    projections: optional<readonly AnyProjection[]>(app, PROJECTIONS) ?? [],
    relay: relayDefinition && {
      ...relayDefinition,
      name: definition.name,
      source: `titrepro.${relayDefinition.context}/${config.REGION}`,
      topicOf: (contract) => `${prefix}${contract.topic}`,
    },
    consumers,
    close: () => app.close(),
  };
};

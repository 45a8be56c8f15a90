import { Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { topicFor, type BoundedContext } from '@titrepro/contracts';
import type { PostgresEventStore } from '@titrepro/event-store';
import { createKafka, IntegrationEventConsumer, PermanentHandlerError, pgUnitOfWork, type ConsumedEvent } from '@titrepro/messaging';
import { DomainErrorException, SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import type { PoolClient } from 'pg';
import type { StreamRef } from '../aggregate/aggregate';
import { StreamCommand } from '../commands/stream-command';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE } from '../event-store/event-store.tokens';

/** A command an integration event sets off. */
export interface ConsumedCommand {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate's stream
  readonly stream: StreamRef<any, any, any>;
  readonly command: unknown;
}

/** What a service consumes: from which contexts' topics, and which commands each event sets off. */
export interface ConsumerDefinition {
  /** Names the consumer group (with the service and region) and its inbox. */
  readonly name: string;
  readonly contexts: readonly BoundedContext[];
  /** Integration event → the commands it sets off (none for events this consumer ignores). */
  readonly commandsFor: (event: ConsumedEvent) => readonly ConsumedCommand[];
}

const CONSUMER_DEFINITIONS = Symbol('CONSUMER_DEFINITIONS');

/**
 * Runs the service's consumers. Each event's commands run through the CommandBus in the inbox's
 * transaction: the appended events, the inbox record and a redelivery's "already done" are one
 * commit. A decider's refusal is final (retrying decides the same): the message goes to the
 * dead letters at once, holding that candidate's later messages behind it.
 */
@Injectable()
export class ServiceConsumers implements OnApplicationBootstrap, OnModuleDestroy {
  readonly consumers: ReadonlyMap<string, IntegrationEventConsumer<PoolClient>>;

  constructor(
    @Inject(CONSUMER_DEFINITIONS) definitions: readonly ConsumerDefinition[],
    @Inject(EVENT_STORE) store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) config: KitConfig,
    @Inject(SERVICE_NAME) serviceName: string,
    commands: CommandBus,
  ) {
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${serviceName}-${config.REGION}` });
    this.consumers = new Map(
      definitions.map((definition) => [
        definition.name,
        new IntegrationEventConsumer<PoolClient>({
          kafka,
          groupId: `${serviceName}.${config.REGION}.${definition.name}`,
          topics: definition.contexts.map((context) => `${config.KAFKA_TOPIC_PREFIX}${topicFor(context)}`),
          unitOfWork: pgUnitOfWork(store.pool),
          handler: async (event, { tx, causation }) => {
            for (const { stream, command } of definition.commandsFor(event)) {
              const origin = { actor: { subject: `kafka:${event.type}`, role: 'service' }, causation, transaction: tx };
              await commands.execute(new StreamCommand(stream, command, origin)).catch((error: unknown) => {
                throw error instanceof DomainErrorException ? new PermanentHandlerError(`refused: ${error.message}`) : error;
              });
            }
          },
        }),
      ]),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.start()));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
  }
}

@Module({})
export class ConsumerModule {
  static forService(definitions: readonly ConsumerDefinition[]): DynamicModule {
    return {
      module: ConsumerModule,
      providers: [{ provide: CONSUMER_DEFINITIONS, useValue: definitions }, ServiceConsumers],
      exports: [ServiceConsumers],
    };
  }
}

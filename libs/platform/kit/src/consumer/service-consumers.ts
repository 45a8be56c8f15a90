import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { topicFor, type BoundedContext } from '@titrepro/contracts';
import type { PostgresEventStore } from '@titrepro/event-store';
import {
  countConsumerLetters,
  createKafka,
  discardDeadLetter,
  errorText,
  IntegrationEventConsumer,
  pgUnitOfWork,
  readmitDeferredLetters,
  replayDeadLetters,
  causationFromEvent,
  type ConsumedEvent,
  type IntegrationEventHandler,
} from '@titrepro/messaging';
import { kafkaClientSecurity, ReadinessChecks, SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import type { PoolClient } from 'pg';
import type { StreamRef } from '../aggregate/aggregate';
import { OtherRegionEvents, type CandidateScope } from '../regions/other-region-events';
import { admitBySourceRegion } from '../regions/region-trust';
import { StreamCommand } from '../commands/stream-command';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { nestMessagingLogger } from '../logging/nest-messaging-logger';
import { consumerReadiness } from './consumer-readiness';

/** A command an integration event sets off. */
export interface ConsumedCommand {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate's stream
  readonly stream: StreamRef<any, any, any>;
  readonly command: unknown;
  /** Runs on the decided events before they are appended (see StreamCommandOptions): what they name, produced first. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate's events
  readonly beforeAppend?: (events: readonly any[]) => Promise<void>;
}

/** What a service consumes: from which contexts' topics, and what each event sets off. */
export interface ConsumerDefinition {
  /** Names the consumer group (with the service and region) and its inbox. */
  readonly name: string;
  /** The registry's topic is always added: it is where the consumer learns candidates' home regions. */
  readonly contexts: readonly BoundedContext[];
  /** Whose candidates it acts for: its own region's only, or every region's (see CandidateScope). */
  readonly candidates: CandidateScope;
  /**
   * Integration event → the commands it sets off (none, or undefined, for events this consumer
   * ignores): `byContract(on(Contract, (event) => …), …)`, each handler's payload typed from its
   * contract and validated against it first. It may fetch what the commands need (a region-to-region
   * call); throwing retries the event, a PermanentHandlerError dead-letters it.
   */
  readonly commandsFor?: (event: ConsumedEvent) => ConsumedCommands | Promise<ConsumedCommands> | undefined;
  /** An effect other than commands (the kit's erasure reactor), after the commands: `byContract(on(…))` too. */
  readonly react?: (event: ConsumedEvent) => Promise<void> | undefined;
}

/** What a consumed event sets off (none for an event of no consequence here). */
export type ConsumedCommands = readonly ConsumedCommand[];

export const CONSUMER_DEFINITIONS = Symbol('CONSUMER_DEFINITIONS');

/**
 * Runs the service's consumers. Each event is first admitted by its source region (see
 * admitBySourceRegion: an event about a candidate only from their home region); a consumer acting
 * for its own region's candidates only sets another region's candidate's events aside (see
 * CandidateScope), and applies them if the candidate is handed over here. Then its commands
 * run through the CommandBus in the inbox's transaction: the appended events, the inbox record and
 * a redelivery's "already done" are one commit. A decider's refusal is final (retrying decides the
 * same): the message goes to the dead letters at once, holding that candidate's later messages
 * behind it. An event whose source region cannot be judged yet is deferred until the registry's news
 * readmits it; one still deferred after AWAITING_HOME_TIMEOUT_SECONDS becomes an `untrusted-source`
 * dead letter (a sweep, every minute at most). With CONSUMERS_ENABLED=false the consumers are built
 * but not started.
 */
@Injectable()
export class ServiceConsumers implements OnApplicationBootstrap, OnModuleDestroy {
  readonly consumers: ReadonlyMap<string, IntegrationEventConsumer<PoolClient>>;
  private readonly handlers = new Map<string, IntegrationEventHandler<PoolClient>>();
  private readonly groupIds = new Map<string, string>();
  private readonly topics = new Map<string, { readonly group: string; readonly topics: readonly string[] }>();
  private readonly enabled: boolean;
  private readonly awaitingHomeTimeoutMs: number;
  private readonly stallMs: number;
  private expirySweep: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('ServiceConsumers');

  constructor(
    @Inject(CONSUMER_DEFINITIONS) definitions: readonly ConsumerDefinition[],
    @Inject(EVENT_STORE) readonly store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) config: KitConfig,
    @Inject(SERVICE_NAME) serviceName: string,
    commands: CommandBus,
    readiness: ReadinessChecks,
  ) {
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${serviceName}-${config.REGION}`, ...kafkaClientSecurity(config) });
    this.enabled = config.CONSUMERS_ENABLED;
    this.awaitingHomeTimeoutMs = config.AWAITING_HOME_TIMEOUT_SECONDS * 1000;
    this.stallMs = config.CONSUMER_STALL_SECONDS * 1000;
    // The real lag is read from Kafka often enough to see a stall within a few percent of its limit.
    const monitorIntervalMs = Math.min(5_000, Math.max(200, this.stallMs / 10));
    const consumers = new Map<string, IntegrationEventConsumer<PoolClient>>();
    for (const definition of definitions) {
      const groupId = `${serviceName}.${config.REGION}.${definition.name}`;
      const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
        const { tx, causation } = context;
        const admission = await admitBySourceRegion(tx, groupId, event);
        if (admission.deferred !== undefined) return context.defer(admission.deferred);
        const apply = async (one: ConsumedEvent) => {
          for (const { stream, command, beforeAppend } of (await definition.commandsFor?.(one)) ?? []) {
            const origin = { actor: { subject: `kafka:${one.type}`, role: 'service' }, causation: one === event ? causation : causationFromEvent(one), transaction: tx };
            // A refusal (the kernel's Refusal) is dead-lettered as it is thrown: the consumer knows it as final.
            await commands.execute(new StreamCommand(stream, command, origin, beforeAppend ? { beforeAppend } : {}));
          }
          await definition.react?.(one);
        };
        if (definition.candidates === 'own-region') {
          const otherRegions = new OtherRegionEvents(tx, groupId);
          // Another region's candidate: nothing decided or published here, and no dead letter either.
          // The handover of one of ours to another region is still ours to apply (we stop acting on it).
          const ours = admission.home === config.REGION || (admission.homeMoved && admission.previousHome === config.REGION);
          if (!ours) return otherRegions.setAside(event, admission.home ?? 'unknown');
          // Handed over here: what was set aside while they were another region's comes first, in order.
          if (admission.homeMoved && admission.home === config.REGION) for (const earlier of await otherRegions.takeAll(event.payload.candidateId)) await apply(earlier);
        }
        await apply(event);
        // What waited for this candidate's home region is judged again, and commits with the news.
        if (admission.homeMoved && event.key !== undefined) await readmitDeferredLetters({ context, consumer: groupId, key: event.key, handler });
      };
      const topics = [...new Set<BoundedContext>(['registry', ...definition.contexts])].map((context) => `${config.KAFKA_TOPIC_PREFIX}${topicFor(context)}`);
      this.handlers.set(definition.name, handler);
      this.groupIds.set(definition.name, groupId);
      this.topics.set(definition.name, { group: `${config.KAFKA_TOPIC_PREFIX}${groupId}`, topics });
      consumers.set(
        definition.name,
        new IntegrationEventConsumer<PoolClient>({
          kafka,
          // Deployments reading topics under another prefix (tests sharing a broker) are other groups:
          // one Kafka group over two sets of topics would hand one deployment's partitions to the other.
          groupId: `${config.KAFKA_TOPIC_PREFIX}${groupId}`,
          name: groupId,
          topics,
          unitOfWork: pgUnitOfWork(store.pool),
          handler,
          monitorIntervalMs,
          logger: nestMessagingLogger(`Consumer ${definition.name}`),
        }),
      );
      const consumer = consumers.get(definition.name);
      readiness.register(`consumer:${definition.name}`, async () => {
        const letters = await countConsumerLetters(store.pool, groupId);
        return consumerReadiness(groupId, letters, this.enabled ? consumer?.progress() : undefined, this.stallMs);
      });
    }
    this.consumers = consumers;
  }

  /** The inbox name of a consumer (its group id), for the operations routes. */
  inboxOf(name: string): string | undefined {
    return this.groupIds.get(name);
  }

  /** Each consumer's inbox name, Kafka group and topics: for the operations routes and the consumer fuzz suite. */
  subscriptions(): { readonly name: string; readonly inbox: string; readonly group: string; readonly topics: readonly string[] }[] {
    return [...this.topics].map(([name, { group, topics }]) => ({ name, inbox: this.groupIds.get(name) as string, group, topics }));
  }

  /** The operator's replay of one key's dead letters, in order, through the consumer's own handler. */
  replay(name: string, key: string) {
    const handler = this.handlers.get(name);
    const consumer = this.groupIds.get(name);
    if (!handler || !consumer) return undefined;
    return replayDeadLetters({ unitOfWork: pgUnitOfWork(this.store.pool), consumer, key, handler });
  }

  /** The operator's discard of one dead letter (see discardDeadLetter). */
  discard(name: string, letter: { readonly key: string; readonly sequence: number; readonly by: string; readonly why: string }) {
    const consumer = this.groupIds.get(name);
    if (!consumer) return undefined;
    return discardDeadLetter(pgUnitOfWork(this.store.pool), { consumer, ...letter });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.start()));
    const every = Math.min(60_000, Math.max(500, this.awaitingHomeTimeoutMs / 4));
    this.expirySweep = setInterval(() => void this.expireDeferred(), every);
    this.expirySweep.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.expirySweep);
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
  }

  /** Events whose region no registry news made trustworthy in time: dead letters, as a forgery is. */
  private async expireDeferred(): Promise<void> {
    for (const consumer of this.consumers.values()) {
      await consumer
        .expireDeferred({ olderThanMs: this.awaitingHomeTimeoutMs, reason: 'untrusted-source' })
        .catch((error: unknown) => this.logger.error(`expiring deferred events failed: ${errorText(error)}`));
    }
  }
}


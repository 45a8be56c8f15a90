import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CANDIDATE_SUBJECT_LINKS, readModelDatabase, type ReadModelSchema } from '@titrepro/platform-nest';
import { CandidateSignInLinks } from './sign-in-links/candidate-sign-in-links';
import { CLOCK, systemClock } from './clock/clock';
import { ID_SOURCE, uuidV7Source } from './clock/id-source';
import { StreamCommandHandler } from './commands/stream-command.handler';
import { connectionBudget } from './config/connection-budget';
import type { KitConfig } from './config/kit-config';
import { EventStoreModule } from './event-store/event-store.module';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyKeyRetention } from './idempotency/idempotency-retention';
import type { AnyProjection } from './projections/projection-definition';
import { ProjectionsModule } from './projections/projections.module';
import { RelayModule, type RelayDefinition } from './relay/relay.module';
import { ConsumerModule, type ConsumerDeclaration } from './consumer/consumer.module';
import { RegionPeers } from './regions/region-peers';
import { ERASURE_DEFINITION, ServiceErasure, type ErasureDefinition } from './erasure/service-erasure';
import { SealedDocuments } from './documents/sealed-documents';

/** What an app declares; the kit builds the rest. */
export interface ServiceKitOptions {
  /** Read-model entities and migrations (TypeORM). */
  readonly readModels: ReadModelSchema;
  readonly projections?: readonly AnyProjection[];
  readonly relay?: RelayDefinition;
  /** Integration events → commands, each in its consumer group with an inbox (the erasure reactor is always added). */
  readonly consumers?: readonly ConsumerDeclaration[];
  /** How the read models forget a candidate, for the erasure reactor and the service's own erasure. */
  readonly erasure: ErasureDefinition;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest's own controller type
  readonly controllers?: readonly Type<any>[];
  /** The app's providers its consumers need too (exported to the kit's modules). */
  readonly providers?: DynamicModule['providers'];
}

type ProviderDeclaration = NonNullable<DynamicModule['providers']>[number];

/** What a provider declaration is injected by: the class itself, or its `provide` token. */
const tokenOf = (provider: ProviderDeclaration) => ('provide' in provider ? provider.provide : provider);

/**
 * The service kit: the event store and the platform's tables, the command bus with the one
 * StreamCommand handler (clock and ids injected), Idempotency-Key on every POST, the read models'
 * database and their projection runners, the relay to Kafka, the consumers (with every event
 * admitted by its source region) and the erasure reactor.
 */
@Module({})
export class ServiceKitModule {
  static forService(config: KitConfig, options: ServiceKitOptions): DynamicModule {
    // Here, not in a provider: a budget that cannot hold the service is a ConfigError (exit 78, naming DATABASE_POOL_SIZE).
    const budget = connectionBudget(config, { projections: options.projections?.length ?? 0, relay: options.relay !== undefined && config.RELAY_ENABLED });
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forService(budget),
        readModelDatabase(config, options.readModels, { max: budget.readModels, connectionTimeoutMillis: budget.poolTimeoutMs }),
        ProjectionsModule.forService(options.projections ?? []),
        ...(options.relay ? [RelayModule.forService(options.relay)] : []),
        ConsumerModule.forService(options.consumers ?? []),
      ],
      controllers: [...(options.controllers ?? [])],
      providers: [
        { provide: CLOCK, useValue: systemClock },
        { provide: ID_SOURCE, useValue: uuidV7Source },
        StreamCommandHandler,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        IdempotencyKeyRetention,
        { provide: ERASURE_DEFINITION, useValue: options.erasure },
        ServiceErasure,
        RegionPeers,
        SealedDocuments,
        CandidateSignInLinks,
        // What the platform's TokenVerifier turns a candidates' provider token into a candidate with.
        { provide: CANDIDATE_SUBJECT_LINKS, useExisting: CandidateSignInLinks },
        ...(options.providers ?? []),
      ],
      exports: [CLOCK, ID_SOURCE, ProjectionsModule, ServiceErasure, RegionPeers, SealedDocuments, CandidateSignInLinks, CANDIDATE_SUBJECT_LINKS, ...(options.providers ?? []).map(tokenOf)],
    };
  }
}

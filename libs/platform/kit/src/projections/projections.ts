import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventStore } from '@titrepro/event-store';
import { SharedLockConnection } from '@titrepro/messaging';
import { ReadinessChecks, SERVICE_CONFIG, SERVICE_NAME, type ServiceConfig } from '@titrepro/platform-nest';
import { applicationName } from '../config/connection-budget';
import type { DataSource } from 'typeorm';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { nestMessagingLogger } from '../logging/nest-messaging-logger';
import type { KitConfig } from '../config/kit-config';
import type { AnyProjection } from './projection-definition';
import { eventsWaiting, projectionReadiness } from './projection-readiness';
import { ProjectionRunner } from './projection-runner';

export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * The service's projection runners, started once the app is up and stopped before the store closes.
 * Their election locks share one connection (`<service>.<region>/projection-locks`): one, not one per projection, in the connection budget.
 */
@Injectable()
export class Projections implements OnApplicationBootstrap, OnModuleDestroy {
  readonly runners: ReadonlyMap<string, ProjectionRunner>;
  private readonly lockConnection: SharedLockConnection;

  constructor(
    @Inject(PROJECTIONS) readonly definitions: readonly AnyProjection[],
    @Inject(EVENT_STORE) readonly store: EventStore,
    @InjectDataSource() readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(SERVICE_NAME) serviceName: string,
    readiness: ReadinessChecks,
  ) {
    const log = nestMessagingLogger('Projections');
    this.lockConnection = new SharedLockConnection({
      database: config.DATABASE_URL,
      applicationName: applicationName(serviceName, config.REGION, 'projection-locks'),
      keepAliveIntervalMs: 1_000,
    });
    this.runners = new Map(
      definitions.map((projection) => [
        projection.name,
        new ProjectionRunner({ projection, store, dataSource, database: config.DATABASE_URL, lockConnection: this.lockConnection, logger: log }),
      ]),
    );
    const stallMs = ((config as Partial<KitConfig>).PROJECTION_STALL_SECONDS ?? 120) * 1000;
    for (const runner of this.runners.values()) {
      const category = runner.category;
      readiness.register(`projection:${runner.name}`, () => projectionReadiness(runner.status(), stallMs, (after) => eventsWaiting(store, after, category)));
    }
  }

  /**
   * The connection holding the projections' election locks, for the process's other one-replica
   * loops (the jury's capitalisation sweep): their locks ride on it, no connection of their own in
   * the budget.
   */
  get electionLocks(): SharedLockConnection {
    return this.lockConnection;
  }

  onApplicationBootstrap(): void {
    for (const runner of this.runners.values()) runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
    await this.lockConnection.close();
  }
}


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
import type { ProcessorOperations } from '../operations/processor-operations';
import { listParkedEvents, type ParkedEvent } from './parked-events';
import type { AnyProjection } from './projection-definition';
import { eventsWaiting, projectionReadiness } from './projection-readiness';
import { ProjectionRunner, type ProjectionStatus } from './projection-runner';
import { rebuildProjection } from './rebuild-projection';
import { retryParkedEvents, type RetryOutcome } from './retry-parked';

export const PROJECTIONS = Symbol('PROJECTIONS');

/** What an operator does with one projection (its routes: ProjectionsController): a processor's operations, and its rebuild. */
export interface ProjectionOperations extends ProcessorOperations<ProjectionStatus, ParkedEvent, RetryOutcome> {
  /** Empties its tables and replays the log into them. */
  readonly rebuild: () => Promise<void>;
}

/**
 * The service's projection runners, started once the app is up and stopped before the store closes.
 * Their election locks share one connection (`<service>.<region>/projection-locks`): one, not one per projection, in the connection budget.
 */
@Injectable()
export class Projections implements OnApplicationBootstrap, OnModuleDestroy {
  readonly runners: ReadonlyMap<string, ProjectionRunner>;
  /** Each projection's operations, by name. */
  readonly operations: ReadonlyMap<string, ProjectionOperations>;
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
    this.operations = new Map(
      definitions.map((projection) => {
        const runner = this.runners.get(projection.name) as ProjectionRunner;
        const operations: ProjectionOperations = {
          title: `projection ${projection.name}`,
          status: async () => ({ ...runner.status(), parked: await runner.refreshParked() }),
          parked: () => listParkedEvents(dataSource, projection.name),
          retry: async (streamId) => {
            const outcome = await retryParkedEvents(dataSource, store, projection, streamId);
            if (outcome) await runner.refreshParked();
            return outcome;
          },
          rebuild: async () => {
            await rebuildProjection(dataSource, projection);
            await runner.refreshParked();
          },
        };
        return [projection.name, operations];
      }),
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


import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CANDIDATE_STREAM_CATEGORY, isCandidateEventType, type CandidateEvent } from '@titrepro/domain-registry';
import type { EventStore, RecordedEvent, Subscription } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import { backoffDelay } from '@titrepro/messaging';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { applyCandidateEvent } from './apply-candidate-event';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { projectionMetrics } from './projection-metrics';

const PROJECTION = 'candidate-read-models';
const RESTART_BACKOFF = { initialMs: 500, maxMs: 30_000, factor: 2 };

/**
 * Keeps the read models up to date: a catch-up subscription on the candidate streams from the
 * stored checkpoint. Each event's rows and the checkpoint are written in one transaction, so a crash
 * never applies an event without moving the checkpoint, nor the other way round. When a write fails
 * (database restarting, say), the subscription stops; it is started again from the stored checkpoint
 * after a growing pause, so the read models catch up once the cause is gone.
 */
@Injectable()
export class CandidateProjector implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CandidateProjector.name);
  private subscription: Subscription | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.subscription?.stop();
  }

  private async start(): Promise<void> {
    const checkpoint = await this.dataSource.getRepository(ProjectionCheckpoint).findOneBy({ projection: PROJECTION });
    this.subscription = this.store.subscribe({
      ...(checkpoint ? { after: Number(checkpoint.position) } : {}),
      category: CANDIDATE_STREAM_CATEGORY,
      handler: async (event) => {
        await this.project(event);
        projectionMetrics.position.set({ projection: PROJECTION }, event.globalPosition);
        this.failures = 0;
      },
      onError: (error) => this.restartLater(error),
    });
  }

  private restartLater(error: unknown): void {
    if (this.stopped) return;
    this.failures += 1;
    projectionMetrics.failures.inc({ projection: PROJECTION });
    const delay = backoffDelay(this.failures, RESTART_BACKOFF);
    this.logger.error(`candidate projection stopped (${String(error)}); restarting in ${delay} ms`);
    this.restartTimer = setTimeout(() => {
      void this.subscription
        ?.stop()
        .catch(() => undefined)
        .then(() => (this.stopped ? undefined : this.start()))
        .catch((restartError: unknown) => this.restartLater(restartError));
    }, delay);
  }

  private async project(recorded: RecordedEvent): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOneBy(ProjectionCheckpoint, { projection: PROJECTION });
      if (stored && Number(stored.position) >= recorded.globalPosition) return; // already applied
      if (isCandidateEventType(recorded.type)) {
        const event = { type: recorded.type, data: recorded.data } as unknown as CandidateEvent;
        await applyCandidateEvent(manager, event, recorded.globalPosition);
      }
      await manager.upsert(ProjectionCheckpoint, { projection: PROJECTION, position: String(recorded.globalPosition) }, ['projection']);
    });
  }
}

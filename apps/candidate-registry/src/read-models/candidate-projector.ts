import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CANDIDATE_STREAM_CATEGORY, isCandidateEventType, type CandidateEvent } from '@titrepro/domain-registry';
import type { EventStore, RecordedEvent, Subscription } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { applyCandidateEvent } from './apply-candidate-event';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';

const PROJECTION = 'candidate-read-models';

/**
 * Keeps the read models up to date: a catch-up subscription on the candidate streams from the
 * stored checkpoint. Each event's rows and the checkpoint are written in one transaction, so a crash
 * never applies an event without moving the checkpoint, nor the other way round.
 */
@Injectable()
export class CandidateProjector implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CandidateProjector.name);
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const checkpoint = await this.dataSource.getRepository(ProjectionCheckpoint).findOneBy({ projection: PROJECTION });
    this.subscription = this.store.subscribe({
      ...(checkpoint ? { after: Number(checkpoint.position) } : {}),
      category: CANDIDATE_STREAM_CATEGORY,
      handler: (event) => this.project(event),
      onError: (error) => this.logger.error(`candidate projection stopped: ${String(error)}`),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
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

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseCloseCapitalisationWindow } from '@titrepro/domain-jury';
import { calendarDateInParis, type DomainEvent } from '@titrepro/domain-kernel';
import type { CommandOutcome } from '@titrepro/event-store';
import { causationFromRequest } from '@titrepro/messaging';
import { SERVICE_CONFIG, valueOrThrow } from '@titrepro/platform-nest';
import { CLOCK, StreamCommand, type Clock, type CommandOrigin } from '@titrepro/service-kit';
import type { DataSource } from 'typeorm';
import type { JuryConfig } from '../config/jury-config';
import { candidateFiles } from '../jury-aggregates';


/**
 * Announces the capitalisation windows that ran out since the last sweep (at start-up, then every
 * CAPITALISATION_SWEEP_MINUTES): a window closes with the passing of time, not with an event. The
 * watch table narrows whom to ask (first CCP of a title five years ago or more, not yet announced);
 * each candidate's file decides, under CAPITALISATION-WINDOW, and only in their home region.
 */
@Injectable()
export class CapitalisationSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CapitalisationSweep.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: JuryConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => void this.sweep().catch((error: unknown) => this.logger.error(`capitalisation sweep failed: ${String(error)}`));
    run();
    this.timer = setInterval(run, this.config.CAPITALISATION_SWEEP_MINUTES * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Asks every file that may have a window run out; returns how many windows it announced closed. */
  async sweep(): Promise<number> {
    const today = calendarDateInParis(this.clock.now());
    const due = await this.dataSource.query<{ candidate_id: string; title_code: string }[]>(
      `SELECT held.candidate_id, held.title_code
         FROM held_ccp held
        GROUP BY held.candidate_id, held.title_code
       HAVING min(held.obtained_on) <= ($1::date - interval '5 years')
          AND NOT EXISTS (SELECT 1 FROM closed_capitalisation_window closed
                           WHERE closed.candidate_id = held.candidate_id AND closed.title_code = held.title_code
                             AND closed.window_start = min(held.obtained_on))`,
      [today],
    );
    // One chain of work per sweep, by the service itself.
    const origin: CommandOrigin = { actor: { subject: 'capitalisation-sweep', role: 'service' }, causation: causationFromRequest({}) };
    let closed = 0;
    for (const { candidate_id: candidateId, title_code: titleCode } of due) {
      const command = valueOrThrow(parseCloseCapitalisationWindow({ candidateId, titleCode, deploymentRegion: this.config.REGION }));
      const outcome: CommandOutcome<unknown, DomainEvent> = await this.commands.execute(new StreamCommand(candidateFiles.stream(candidateId), command, origin));
      if (outcome.events.length > 0) closed += 1;
    }
    return closed;
  }
}

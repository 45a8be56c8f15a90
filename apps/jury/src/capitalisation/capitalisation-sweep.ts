import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { capitalisationSweepSelection, parseCloseCapitalisationWindow } from '@titrepro/domain-jury';
import { calendarDateInParis, type DomainEvent } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { CommandOutcome } from '@titrepro/event-store';
import { causationFromRequest, runOnOneReplica, type OneReplicaJob } from '@titrepro/messaging';
import { SERVICE_CONFIG, valueOrThrow } from '@titrepro/platform-nest';
import { CLOCK, Projections, StreamCommand, type Clock, type CommandOrigin } from '@titrepro/service-kit';
import type { DataSource } from 'typeorm';
import type { JuryConfig } from '../config/jury-config';
import { candidateFiles } from '../jury-aggregates';

/** How often a replica not sweeping tries to take the sweep over (the sweeper gone, its lock freed). */
export const SWEEP_ELECTION_INTERVAL_MS = 5_000;

/**
 * Announces the capitalisation windows that ran out since the last sweep (when a replica starts
 * sweeping, then every CAPITALISATION_SWEEP_MINUTES): a window closes with the passing of time, not
 * with an event. One replica of the deployment sweeps: the one holding the sweep's advisory lock
 * (the kit's runOnOneReplica, the log processor's election); another takes over if it goes away.
 *
 * Which files to ask is the rulebook's, not this SQL's: capitalisationSweepSelection reads the
 * rulebook in force today (the seed's five years from the first CCP; since 2016, CCPs count as long
 * as the title exists, so the titles whose référentiel ended). The SQL only selects the candidates
 * that matches, less the windows already announced; each file then decides, under
 * CAPITALISATION-WINDOW, and only in the candidate's home region.
 */
@Injectable()
export class CapitalisationSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CapitalisationSweep.name);
  private job: OneReplicaJob | undefined;
  /** Sweeps run by this replica (for its test and its logs). */
  sweeps = 0;

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: JuryConfig,
    /** Its lock rides on the projections' lock connection (none of its own in the connection budget); a connection of its own without them. */
    @Optional() private readonly projections?: Projections,
  ) {}

  onApplicationBootstrap(): void {
    this.job = runOnOneReplica({
      name: `jury.${this.config.REGION}.capitalisation-sweep`,
      database: this.config.DATABASE_URL,
      ...(this.projections ? { lockConnection: this.projections.electionLocks } : {}),
      electionIntervalMs: SWEEP_ELECTION_INTERVAL_MS,
      everyMs: this.config.CAPITALISATION_SWEEP_MINUTES * 60_000,
      run: async () => {
        this.sweeps += 1;
        await this.sweep();
      },
      logger: {
        info: (message, fields) => this.logger.log({ ...fields, msg: message }),
        warn: (message, fields) => this.logger.warn({ ...fields, msg: message }),
        error: (message, fields) => this.logger.error({ ...fields, msg: message }),
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.job?.stop();
    this.job = undefined;
  }

  /** Asks every file that may have a window run out; returns how many windows it announced closed. */
  async sweep(): Promise<number> {
    const today = calendarDateInParis(this.clock.now());
    const selection = capitalisationSweepSelection(today, { referential, rulebooks });
    if (!selection) return 0;
    const due = await this.dataSource.query<{ candidate_id: string; title_code: string }[]>(
      `SELECT held.candidate_id, held.title_code
         FROM held_ccp held
        GROUP BY held.candidate_id, held.title_code
       HAVING (min(held.obtained_on) <= $1::date OR held.title_code = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM closed_capitalisation_window closed
                           WHERE closed.candidate_id = held.candidate_id AND closed.title_code = held.title_code
                             AND closed.window_start = min(held.obtained_on))`,
      [selection.firstCcpObtainedBy, [...selection.titlesEnded]],
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

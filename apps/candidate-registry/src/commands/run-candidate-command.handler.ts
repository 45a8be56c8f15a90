import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { candidateDecider, candidateStreamId, type CandidateEvent, type CandidateState } from '@titrepro/domain-registry';
import { handleCommand, type CommandOutcome, type EventStore } from '@titrepro/event-store';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { RegistryConfig } from '../config/registry-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { commandContextFor } from './command-context.factory';
import { RunCandidateCommand } from './run-candidate-command';

export type CandidateCommandResult = Result<CommandOutcome<CandidateState, CandidateEvent>, DomainError>;

/** Read, decide, append: every candidate command goes through the decider on its stream. */
@CommandHandler(RunCandidateCommand)
export class RunCandidateCommandHandler implements ICommandHandler<RunCandidateCommand, CandidateCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  execute({ candidateId, command, origin }: RunCandidateCommand): Promise<CandidateCommandResult> {
    return handleCommand(this.store, candidateStreamId(candidateId), candidateDecider, command, commandContextFor(origin, this.config.REGION));
  }
}

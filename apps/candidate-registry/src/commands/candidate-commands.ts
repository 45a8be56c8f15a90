import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CandidateCommand } from '@titrepro/domain-registry';
import { valueOrThrow } from '@titrepro/platform-nest';
import type { RequestOrigin } from './command-context.factory';
import { RunCandidateCommand } from './run-candidate-command';
import type { CandidateCommandResult } from './run-candidate-command.handler';

/** What controllers call: send a command on the bus, turn a refusal into problem+json. */
@Injectable()
export class CandidateCommands {
  constructor(private readonly commandBus: CommandBus) {}

  async run(candidateId: string, command: CandidateCommand, origin: RequestOrigin) {
    const result = await this.commandBus.execute<RunCandidateCommand, CandidateCommandResult>(new RunCandidateCommand(candidateId, command, origin));
    return valueOrThrow(result);
  }
}

/** A request body as an object to complete with path and server values (the decider validates the rest). */
export const bodyFields = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

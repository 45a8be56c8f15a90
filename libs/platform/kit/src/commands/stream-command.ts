import { Command as BusMessage } from '@nestjs/cqrs';
import type { DomainEvent } from '@titrepro/domain-kernel';
import type { CommandContext, CommandOutcome } from '@titrepro/event-store';
import type { StreamRef } from '../aggregate/aggregate';
import type { CommandOrigin } from './command-origin';

/** How one command runs, beyond who and why. */
export interface StreamCommandOptions<Event extends DomainEvent> {
  /**
   * Runs on the events the decider decided, before they are appended (within the same decision:
   * nothing decides twice); a throw fails the command. E.g. producing the documents they name.
   */
  readonly beforeAppend?: CommandContext<Event>['beforeAppend'];
}

/**
 * The one bus message of every service: run a domain command on one stream. Its handler reads the
 * stream, decides with the injected clock, appends with the expected revision and retries on a
 * conflict; a refusal is thrown as the kernel's Refusal (problem+json 400/403/404/409/422 over
 * HTTP, a dead letter in a consumer).
 */
export class StreamCommand<State, Command, Event extends DomainEvent> extends BusMessage<CommandOutcome<State, Event>> {
  constructor(
    readonly stream: StreamRef<State, Command, Event>,
    /** The domain command, as its parser yields it. */
    readonly command: Command,
    readonly origin: CommandOrigin,
    readonly options: StreamCommandOptions<Event> = {},
  ) {
    super();
  }
}

import { Command as BusMessage } from '@nestjs/cqrs';
import type { DomainEvent } from '@titrepro/domain-kernel';
import type { CommandOutcome } from '@titrepro/event-store';
import type { StreamRef } from '../aggregate/aggregate';
import type { CommandOrigin } from './command-origin';

/**
 * The one bus message of every service: run a domain command on one stream. Its handler reads the
 * stream, decides with the injected clock, appends with the expected revision and retries on a
 * conflict; a refusal is thrown as problem+json (400/404/409/422).
 */
export class StreamCommand<State, Command, Event extends DomainEvent> extends BusMessage<CommandOutcome<State, Event>> {
  constructor(
    readonly stream: StreamRef<State, Command, Event>,
    /** The domain command, as its parser yields it. */
    readonly command: Command,
    readonly origin: CommandOrigin,
  ) {
    super();
  }
}

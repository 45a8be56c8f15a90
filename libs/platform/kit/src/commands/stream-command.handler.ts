import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Refusal, type DomainEvent } from '@titrepro/domain-kernel';
import { handleCommand, type CommandOutcome, type EventStore } from '@titrepro/event-store';
import { SERVICE_CONFIG, type ServiceConfig } from '@titrepro/platform-nest';
import type { AnyAggregate } from '../aggregate/aggregate';
import { CLOCK, type Clock } from '../clock/clock';
import { ID_SOURCE, type IdSource } from '../clock/id-source';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { commandContextFor } from './command-context';
import { StreamCommand } from './stream-command';

type AnyStreamCommand = StreamCommand<unknown, unknown, DomainEvent>;

/** Read, decide, append (with retries on a concurrent append); a refusal is thrown as the kernel's Refusal. */
@CommandHandler(StreamCommand)
export class StreamCommandHandler implements ICommandHandler<AnyStreamCommand, CommandOutcome<unknown, DomainEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async execute({ stream, command, origin, options }: AnyStreamCommand): Promise<CommandOutcome<unknown, DomainEvent>> {
    const aggregate = stream.aggregate as unknown as AnyAggregate;
    const context = { ...commandContextFor(aggregate, origin, { clock: this.clock, ids: this.ids, region: this.config.REGION }), ...options };
    const result = await handleCommand(this.store, stream.streamId, aggregate.decider, command as never, context);
    // One form to either end: the HTTP filter answers it 4xx, a consumer dead-letters it.
    if (!result.ok) throw new Refusal(result.error);
    return result.value;
  }
}

import { Refusal, type DomainError, type DomainEvent, type Result } from '@titrepro/domain-kernel';
import type { StreamRef } from '../aggregate/aggregate';
import type { ConsumedCommand } from './service-consumers';

/**
 * The command an integration event sets off, from the domain's parser: an event whose facts the
 * parser refuses will be refused on every redelivery too, so it is a permanent failure (a dead letter).
 */
export const consumedCommand = <State, Command, Event extends DomainEvent>(
  stream: StreamRef<State, Command, Event>,
  parsed: Result<Command, DomainError>,
): readonly ConsumedCommand[] => {
  if (!parsed.ok) throw new Refusal(parsed.error);
  return [{ stream, command: parsed.value }];
};

import type { DomainEvent, PersonalKeys } from '@titrepro/domain-kernel';

/**
 * An event's data without its personal fields: what a description may read. Typing `describe` with
 * it makes "from ids and facts only" a compile-time rule, so a history stays readable after erasure.
 */
export type FactsOf<Event extends DomainEvent> = Omit<Event['data'], PersonalKeys<Event['data']>>;

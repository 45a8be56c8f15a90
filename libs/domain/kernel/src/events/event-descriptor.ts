import type { z } from 'zod';
import type { DomainEvent } from '../decider';
import type { TracedDecision } from '../decision-trace';
import type { Explanation } from '../domain-error';
import type { FactsOf, PersonalKeys } from './personal';

/** Which fields of an event are whose personal data. */
export interface PersonalDataOf<Data> {
  /** The data subject (the candidate, the assessor…) whose key seals the fields. */
  readonly subject: (data: Data) => string;
  /** Top-level fields typed `Personal<…>`; sealed under the subject's key. */
  readonly fields: readonly PersonalKeys<Data>[];
}

/**
 * Everything the platform needs to know about one event type, in one place: its stored `type`
 * string, schema version and schema, whose personal data it holds, which rules decided it, and a
 * one-line description for people. Storing, reading back (upcast, validate), describing a history
 * and auditing are then generic.
 */
export interface EventDescriptor<Event extends DomainEvent> {
  readonly type: Event['type'];
  /** Version of `schema`; bump it with an upcaster when the data changes shape. */
  readonly schemaVersion: number;
  /** The data as stored at `schemaVersion` (personal fields accept REDACTED). */
  readonly schema: z.ZodType<Event['data'], unknown>;
  readonly personal?: PersonalDataOf<Event['data']>;
  /**
   * For decisions: the decision trace the event records (domain-rulebook's `DecisionTrace`: rulebook,
   * rules with facts and verdicts, evidence, streams read); its summary goes in the metadata.
   */
  readonly decision?: (data: Event['data']) => TracedDecision;
  /** One line, in French and English, from ids and facts only: personal fields are out of its reach. */
  readonly describe: (facts: FactsOf<Event['data']>) => Explanation;
  /** Pure upcasters: `upcasters[n]` turns the data of version n into that of version n + 1. */
  readonly upcasters?: Readonly<Record<number, (data: unknown) => unknown>>;
}

/** Every order of the keys `Keys`, as tuples: what a complete list of them may be. */
type EveryOrderOf<Keys extends string, All extends string = Keys> = [Keys] extends [never] ? [] : Keys extends Keys ? [Keys, ...EveryOrderOf<Exclude<All, Keys>>] : never;

/**
 * An event whose data has fields typed `Personal<…>` declares them all, under their subject; one
 * without declares none. A field forgotten, or listed twice, is a compile error.
 */
type PersonalDeclared<Data> = [PersonalKeys<Data>] extends [never]
  ? { readonly personal?: { readonly fields: readonly [] } }
  : { readonly personal: { readonly fields: Readonly<EveryOrderOf<PersonalKeys<Data>>> } };

/** Declares one event type's descriptor, checked against the event's type (its personal fields included). */
export const defineEvent = <Event extends DomainEvent>(descriptor: EventDescriptor<Event> & PersonalDeclared<Event['data']>): EventDescriptor<Event> => descriptor;

/** One descriptor per event type of a union: a missing or extra type is a compile error. */
export type EventDescriptors<Event extends DomainEvent> = {
  readonly [Type in Event['type']]: EventDescriptor<Extract<Event, { readonly type: Type }>>;
};

import type { DomainEvent } from '../decider';
import { summaryOf, type DecisionSummary, type TracedDecision } from '../decision-trace';
import type { Explanation } from '../domain-error';
import { fail, ok, type Result } from '../result';
import type { EventDescriptor, EventDescriptors } from './event-descriptor';
import type { FactsOf } from './personal';

/** How one event is stored: what the event store needs besides type and data. */
export interface EventStorage {
  readonly schemaVersion: number;
  readonly personal?: { readonly subjectId: string; readonly fields: readonly string[] };
  readonly decision?: DecisionSummary;
}

/** An event as read back from a store: type, the schema version it was written at, its data. */
export interface StoredEventData {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** Why a stored event could not be read as a domain event. */
export interface EventReadFailure {
  readonly reason: 'unknown-type' | 'unknown-version' | 'invalid-data';
  readonly message: string;
}

/** The events of one stream type, described. Built from descriptors; every method is pure. */
export interface EventCatalogue<Event extends DomainEvent> {
  readonly types: readonly Event['type'][];
  readonly has: (type: string) => type is Event['type'];
  readonly descriptorOf: <Type extends Event['type']>(type: Type) => EventDescriptor<Extract<Event, { readonly type: Type }>>;
  /** Version, personal fields (with their subject) and decision trace of an event about to be stored. */
  readonly storageOf: (event: Event) => EventStorage;
  /** The decision trace a decision event records (domain-rulebook's `DecisionTrace`), or undefined for other events. */
  readonly traceOf: (event: Event) => TracedDecision | undefined;
  /** Stored → domain: upcast to the current version, then validated against the schema. */
  readonly read: (stored: StoredEventData) => Result<Event, EventReadFailure>;
  /** The one-line description of an event, fr and en. */
  readonly describe: (event: Event) => Explanation;
}

const upcastToCurrent = <Event extends DomainEvent>(descriptor: EventDescriptor<Event>, stored: StoredEventData): Result<unknown, EventReadFailure> => {
  let data = stored.data;
  for (let version = stored.schemaVersion; version < descriptor.schemaVersion; version += 1) {
    const upcast = descriptor.upcasters?.[version];
    if (!upcast) return fail({ reason: 'unknown-version', message: `${stored.type}: no upcaster from schema version ${version}` });
    data = upcast(data);
  }
  return ok(data);
};

/** The events a map of descriptors describes: a stream's union of events is derived from its catalogue. */
export type DescribedEvents<Descriptors> = {
  [Type in keyof Descriptors]: Descriptors[Type] extends EventDescriptor<infer Event> ? Event : never;
}[keyof Descriptors];

/** The union of events of a catalogue (`EventOf<typeof candidateEvents>`). */
export type EventOf<Catalogue> = Catalogue extends EventCatalogue<infer Event> ? Event : never;

/** Each descriptor under its own type's name: a descriptor filed under another name is a compile error. */
type KeyedByType<Descriptors> = { readonly [Type in keyof Descriptors]: Descriptors[Type] extends { readonly type: Type } ? Descriptors[Type] : { readonly type: Type } };

/**
 * A stream's catalogue, from one descriptor per event type (each in its `x.event.ts`, beside the
 * event's type). The stream's event union is derived from it (`EventOf<typeof catalogue>`), so a
 * new event is declared in its file and named here, nowhere else.
 */
export const eventCatalogue = <const Descriptors extends Readonly<Record<string, { readonly type: string; readonly schemaVersion: number }>>>(
  descriptors: Descriptors & KeyedByType<Descriptors>,
): EventCatalogue<DescribedEvents<Descriptors>> => eventCatalogueOf<DescribedEvents<Descriptors>>(descriptors as unknown as EventDescriptors<DescribedEvents<Descriptors>>);

/** A catalogue of a union declared apart: one descriptor per type of `Event`, checked for completeness. */
export const eventCatalogueOf = <Event extends DomainEvent>(descriptors: EventDescriptors<Event>): EventCatalogue<Event> => {
  const byType = descriptors as unknown as Readonly<Record<string, EventDescriptor<Event>>>;
  const has = (type: string): type is Event['type'] => Object.hasOwn(byType, type);
  const descriptorOf = (type: string): EventDescriptor<Event> => {
    const descriptor = byType[type];
    if (!descriptor) throw new Error(`no descriptor for event type ${type}`);
    return descriptor;
  };
  return {
    types: Object.keys(byType) as Event['type'][],
    has,
    descriptorOf: descriptorOf as unknown as EventCatalogue<Event>['descriptorOf'],
    storageOf: (event) => {
      const descriptor = descriptorOf(event.type);
      const fields = descriptor.personal?.fields ?? [];
      return {
        schemaVersion: descriptor.schemaVersion,
        ...(descriptor.personal && fields.length > 0 ? { personal: { subjectId: descriptor.personal.subject(event.data), fields } } : {}),
        ...(descriptor.decision ? { decision: summaryOf(descriptor.decision(event.data)) } : {}),
      };
    },
    traceOf: (event) => descriptorOf(event.type).decision?.(event.data),
    read: (stored) => {
      if (!has(stored.type)) return fail({ reason: 'unknown-type', message: `unknown event type ${stored.type}` });
      const descriptor = descriptorOf(stored.type);
      if (!Number.isInteger(stored.schemaVersion) || stored.schemaVersion < 1 || stored.schemaVersion > descriptor.schemaVersion) {
        return fail({ reason: 'unknown-version', message: `${stored.type}: schema version ${stored.schemaVersion} is not known here (current ${descriptor.schemaVersion})` });
      }
      const current = upcastToCurrent(descriptor, stored);
      if (!current.ok) return current;
      const parsed = descriptor.schema.safeParse(current.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail({ reason: 'invalid-data', message: `${stored.type}: ${issue ? `${issue.path.join('.') || '(data)'} ${issue.message}` : 'invalid data'}` });
      }
      return ok({ type: stored.type, data: parsed.data } as Event);
    },
    // The whole data is passed; its type keeps the personal fields out of the description's reach.
    describe: (event) => descriptorOf(event.type).describe(event.data as FactsOf<Event['data']>),
  };
};

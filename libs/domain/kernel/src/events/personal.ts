/**
 * What a personal field reads as once its data subject was forgotten (crypto-shredding): the event
 * store can no longer decrypt it. The same shape the event store writes.
 */
export const REDACTED = Object.freeze({ redacted: true as const });
export type Redacted = typeof REDACTED;

/**
 * A field of an event that is a person's personal data. Typed so that whoever reads a stored event
 * (projections, history, audit) must handle erasure; deciders write plain values into it.
 */
export type Personal<Value> = Value | Redacted;

export const isRedacted = (value: unknown): value is Redacted =>
  typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true && Object.keys(value).length === 1;

/** The value of a personal field, or null once it was erased. */
export const revealed = <Value>(value: Personal<Value>): Value | null => (isRedacted(value) ? null : value);

/** The keys of `Data` typed as personal fields. */
export type PersonalKeys<Data> = { [Key in keyof Data]-?: Redacted extends Data[Key] ? Key : never }[keyof Data] & string;

/**
 * An event's data without its personal fields: what a description may read, so that a history
 * stays readable, and reveals nothing, after erasure.
 */
export type FactsOf<Data> = Omit<Data, PersonalKeys<Data>>;

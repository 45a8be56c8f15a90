import type { z } from 'zod';
import type { DomainEvent, EventsOrRefusal } from '../decider';
import type { DomainError } from '../domain-error';
import { parseInput } from '../input/parse-input';
import { ok, type Result } from '../result';

/** A command as a decider receives it: its type and its checked data. */
export interface TypedCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * One command of a stream, in one place: its type, the schema of its data (what the edge checks,
 * and what OpenAPI publishes) and its decision. `parse` is the edge's parser, built from the schema:
 * controllers and consumers call it, and `decide` then receives a typed command it never re-checks.
 */
export interface CommandDefinition<Type extends string, Data, State, Event extends DomainEvent, Input> {
  readonly type: Type;
  readonly schema: z.ZodType<Data, unknown>;
  readonly decide: (command: TypedCommand<Type, Data>, state: State, input: Input) => EventsOrRefusal<Event>;
  /** `unknown → Result<command>`: invalid-input names the first wrong field (`experiencePeriods[1].end`). */
  readonly parse: (input: unknown) => Result<TypedCommand<Type, Data>, DomainError>;
}

/** Declares one command: its stored-in-no-log `type`, its data schema and the use case's `decide`. */
export const defineCommand = <Type extends string, Data, State, Event extends DomainEvent, Input>(definition: {
  readonly type: Type;
  readonly schema: z.ZodType<Data, unknown>;
  readonly decide: (command: TypedCommand<Type, Data>, state: State, input: Input) => EventsOrRefusal<Event>;
}): CommandDefinition<Type, Data, State, Event, Input> => ({
  ...definition,
  parse: (input) => {
    const parsed = parseInput(definition.schema, input);
    return parsed.ok ? ok({ type: definition.type, data: parsed.value as Data }) : parsed;
  },
});

/**
 * Any command of a stream deciding on `State` with `Input` into `Event`s, whatever its type and
 * data: the shape a catalogue's entries are checked against (methods, so that each entry's narrower
 * command is accepted).
 */
export interface AnyCommandDefinition<State, Event extends DomainEvent, Input> {
  readonly type: string;
  readonly schema: z.ZodType<unknown, unknown>;
  decide(command: TypedCommand, state: State, input: Input): EventsOrRefusal<Event>;
  parse(input: unknown): Result<TypedCommand, DomainError>;
}

/** The commands of one stream, keyed by type: an entry under another type's key is a compile error. */
export type CommandDefinitions<State, Event extends DomainEvent, Input> = Readonly<Record<string, AnyCommandDefinition<State, Event, Input>>>;

/** The command (type and data) one definition accepts. */
export type CommandOfDefinition<Definition> = Definition extends { readonly parse: (input: unknown) => Result<infer Command, DomainError> } ? Command : never;

/** The union of the commands a catalogue (or its definitions) accepts: derived, never written by hand. */
export type CommandOf<Catalogue> = Catalogue extends { readonly definitions: infer Definitions } ? CommandsOf<Definitions> : never;

/** The union of the commands of a catalogue's definitions. */
export type CommandsOf<Definitions> = { readonly [Type in keyof Definitions]: CommandOfDefinition<Definitions[Type]> }[keyof Definitions];

/** The commands of one stream, described: their definitions, their types, and the one dispatch. */
export interface CommandCatalogue<Definitions, State, Event extends DomainEvent, Input> {
  readonly definitions: Definitions;
  readonly types: readonly (keyof Definitions & string)[];
  readonly has: (type: string) => type is keyof Definitions & string;
  /** Decides a command with its own definition's `decide`: the stream's dispatch, derived from the catalogue. */
  readonly decide: (
    command: CommandsOf<Definitions>,
    state: State,
    input: Input,
  ) => EventsOrRefusal<Event>;
}

/**
 * Builds a stream's command catalogue: `commandCatalogue<State, Event, Input>()({ RegisterX: registerX, … })`.
 * Each key must be its definition's `type`, and each definition must decide on the stream's state
 * with its input into its events: a command that does not fit is a compile error, as is running a
 * command the catalogue does not list (the stream's command type is `CommandOf<catalogue>`).
 */
export const commandCatalogue =
  <State, Event extends DomainEvent, Input>() =>
  <Definitions extends { readonly [Type in keyof Definitions]: AnyCommandDefinition<State, Event, Input> & { readonly type: Type } }>(
    definitions: Definitions,
  ): CommandCatalogue<Definitions, State, Event, Input> => {
    const byType = definitions as unknown as CommandDefinitions<State, Event, Input>;
    for (const [key, definition] of Object.entries(byType)) {
      if (definition.type !== key) throw new Error(`command catalogue: ${definition.type} is listed under ${key}`);
    }
    const has = (type: string): type is keyof Definitions & string => Object.hasOwn(byType, type);
    return {
      definitions,
      types: Object.keys(byType) as (keyof Definitions & string)[],
      has,
      decide: (command, state, input) => {
        const { type } = command as TypedCommand;
        const definition = byType[type];
        if (!definition) throw new Error(`unknown command ${type}`);
        return definition.decide(command as TypedCommand, state, input);
      },
    };
  };

import type { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { invalidInput, type DomainError } from '../domain-error';
import { fieldPath } from '../field-path';

/**
 * Checks input (which may come straight from an HTTP body) against its schema, and names the first
 * wrong field as the API reports it: `experiencePeriods[1].end`.
 */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, input: unknown): Result<z.output<Schema>, DomainError> => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const [issue] = parsed.error.issues;
  if (!issue) return fail(invalidInput('(input)', 'is not valid'));
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const message = issue.code === 'unrecognized_keys' ? 'is not a field of this request' : issue.message;
  return fail(invalidInput(fieldPath(path) || '(input)', message));
};

/** A command as a decider receives it: its type and its checked data. */
export interface TypedCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * `parseX(unknown) → Result<X>`: the edge's parser of one command, built from its data schema.
 * Controllers call it; deciders then receive typed commands and never re-check them.
 */
export const commandParser =
  <Type extends string, Data>(type: Type, schema: z.ZodType<Data, unknown>) =>
  (input: unknown): Result<TypedCommand<Type, Data>, DomainError> => {
    const parsed = parseInput(schema, input);
    return parsed.ok ? ok({ type, data: parsed.value as Data }) : parsed;
  };

/** The command a `commandParser` yields for valid input: what a decider receives. */
export type ParsedCommand<Parser extends (input: unknown) => Result<TypedCommand, DomainError>> = Extract<
  ReturnType<Parser>,
  { readonly ok: true }
>['value'];

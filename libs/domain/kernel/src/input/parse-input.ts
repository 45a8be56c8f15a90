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

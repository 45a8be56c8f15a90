import type { DomainError, Result } from '@titrepro/domain-kernel';
import { fail, fieldPath, invalidInput, ok } from '@titrepro/domain-kernel';
import type { z } from 'zod';

/**
 * Checks a command's data (which may come straight from an HTTP body) against its schema, and
 * names the first wrong field as the API reports it: `experiencePeriods[1].end`.
 */
export const parseCommandData = <Schema extends z.ZodType>(schema: Schema, data: unknown): Result<z.output<Schema>, DomainError> => {
  const parsed = schema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const [issue] = parsed.error.issues;
  if (!issue) return fail(invalidInput('(command)', 'is not valid'));
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const message = issue.code === 'unrecognized_keys' ? 'is not a field of this command' : issue.message;
  return fail(invalidInput(fieldPath(path) || '(command)', message));
};
